/**
 * Loads the Try it panel's chunk (form, react-hook-form, zod, settings, send). A prerendered page paints and
 * hydrates its reference without it; the page starts this at once so the panel turns live soon after.
 */
export function loadTryItPanel() {
  return import('./TryItPanel.tsx').then((module) => ({ default: module.TryItPanel }));
}
