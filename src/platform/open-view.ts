/** Opens another view of the app (`#/stage`, `#/log`, …) in a window of its own. */
export function openView(hash: string, name: string, features?: string): void {
  const url = new URL(location.href);
  url.search = '';
  url.hash = hash;
  window.open(url.toString(), name, features);
}
