/** Texts of the export buttons (tests compare against these). */
export const exportTexts = {
  label: 'Export the selected runs',
  csv: 'CSV',
  runs: 'Run list',
  good: 'Good runs (JSON)',
} as const;

/** Which export a button asks for. */
export type ExportKind = 'csv' | 'runs' | 'good';

/** Three buttons; each calls `onExport` with its kind. */
export function createExportPanel(parent: HTMLElement, onExport: (kind: ExportKind) => void): HTMLElement {
  const root = document.createElement('div');
  root.className = 'export-panel';
  root.setAttribute('role', 'group');
  root.setAttribute('aria-label', exportTexts.label);
  const heading = document.createElement('span');
  heading.className = 'export-label';
  heading.textContent = `${exportTexts.label}:`;
  root.append(heading);
  for (const kind of ['csv', 'runs', 'good'] as const) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = `export-${kind}`;
    button.textContent = exportTexts[kind];
    button.addEventListener('click', () => onExport(kind));
    root.append(button);
  }
  parent.append(root);
  return root;
}
