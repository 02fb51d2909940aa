import type { Agenda } from '../../domain/agenda';
import type { AgendaEdit } from '../../domain/agenda-edit';
import { enPlan } from '../../i18n/en-plan';
import { Field, type FieldErrors } from './PlanField';
import type { PlanEdit } from './use-plan-edit';

const f = enPlan.fields;

/** Title, event, date, start, hard end, time zone, venue and the language the agenda is written in. */
export function SessionFields({ draft, errors, edit }: { readonly draft: Agenda; readonly errors: FieldErrors; readonly edit: PlanEdit }) {
  const session = (changes: Extract<AgendaEdit, { type: 'session' }>['changes']) => edit({ type: 'session', changes });
  return (
    <section aria-labelledby="session-heading" className="plan-section">
      <h2 id="session-heading">{enPlan.session}</h2>
      <div className="field-grid">
        <Field label={f.title} path="title" errors={errors}>
          {(p) => <input {...p} dir="auto" value={draft.title} onChange={(e) => session({ title: e.target.value })} />}
        </Field>
        <Field label={f.event} path="event" errors={errors}>
          {(p) => <input {...p} dir="auto" value={draft.event ?? ''} onChange={(e) => session({ event: e.target.value })} />}
        </Field>
        <Field label={f.date} path="date" errors={errors}>
          {(p) => <input {...p} type="date" dir="ltr" value={draft.date} onChange={(e) => session({ date: e.target.value })} />}
        </Field>
        <Field label={f.start} path="start" errors={errors}>
          {(p) => <input {...p} type="time" dir="ltr" value={draft.start} onChange={(e) => session({ start: e.target.value })} />}
        </Field>
        <Field label={f.end} path="end" errors={errors}>
          {(p) => <input {...p} type="time" dir="ltr" value={draft.end} onChange={(e) => session({ end: e.target.value })} />}
        </Field>
        <Field label={f.timeZone} path="timeZone" errors={errors}>
          {(p) => (
            <input
              {...p}
              dir="ltr"
              value={draft.timeZone ?? ''}
              placeholder="Europe/Zurich"
              onChange={(e) => session({ timeZone: e.target.value })}
            />
          )}
        </Field>
        <Field label={f.venue} path="venue" errors={errors}>
          {(p) => <input {...p} dir="auto" value={draft.venue ?? ''} onChange={(e) => session({ venue: e.target.value })} />}
        </Field>
        <Field label={f.language} path="language" errors={errors}>
          {(p) => (
            <input {...p} dir="ltr" value={draft.language ?? ''} placeholder="en" onChange={(e) => session({ language: e.target.value })} />
          )}
        </Field>
      </div>
    </section>
  );
}
