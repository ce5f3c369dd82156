/**
 * The shell's polite live region: results counts, "copied", "signed out". Cleared first so the
 * same words said twice are still spoken twice.
 */
let region: HTMLElement | null = null;

export function useLiveRegion(element: HTMLElement): void {
  region = element;
}

export function announce(text: string): void {
  if (!region) return;
  const target = region;
  target.textContent = "";
  setTimeout(() => {
    target.textContent = text;
  }, 50);
}
