import { en } from '../i18n/en';
import { chooseLanguage, language, LANGUAGES, type Lang } from '../i18n/lang';
import { safeLocalStorage } from '../platform/storage-events';

/** This view's language, each listed in its own name; choosing one keeps it for this view on this device and reloads the page in it. */
export function LanguageMenu({ className }: { readonly className?: string }) {
  return (
    <label className={className ? `language-menu ${className}` : 'language-menu'}>
      <span>{en.language}</span>
      <select value={language()} onChange={(e) => chooseLanguage(e.target.value as Lang, safeLocalStorage())}>
        {Object.entries(LANGUAGES).map(([code, name]) => (
          <option key={code} value={code} lang={code}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
}
