import { caretLine, type ExprError } from '../expr/expr-error';
import { FLAG_LEVELS, isFlagLevel } from '../flags/flag-rule';
import type { UiStore } from '../state/ui-store';

/** Texts of the rule editor (tests compare against these). */
export const editorTexts = {
  label: 'Try a rule',
  level: 'Level',
  placeholder: 'e.g. abs(nsigma(tpc.meanMIP)) > 4',
  ok: (active: boolean) => (active ? 'The rule is applied to the statuses (it is not saved in the view).' : ''),
  error: (error: ExprError) => `${error.message} (at character ${error.start + 1})`,
} as const;

export interface RuleEditor {
  root: HTMLElement;
  /** Shows the temporary rule's errors (the first one, with a caret under its position), or that it applies. */
  showErrors(errors: readonly ExprError[]): void;
}

/**
 * The rule editor: a level and a text field whose rule is added to the
 * view's rules while it compiles (uiStore.ruleText, uiStore.ruleLevel); a
 * parse or compile error shows under the field with a caret line under the
 * position.
 */
export function createRuleEditor(parent: HTMLElement, ui: UiStore): RuleEditor {
  const root = document.createElement('div');
  root.className = 'rule-editor';
  const label = document.createElement('label');
  label.className = 'rule-label';
  label.textContent = editorTexts.label;
  const level = document.createElement('select');
  level.className = 'rule-level';
  level.setAttribute('aria-label', editorTexts.level);
  for (const name of FLAG_LEVELS) {
    const option = document.createElement('option');
    option.value = name;
    option.textContent = name;
    level.append(option);
  }
  level.value = ui.get().ruleLevel;
  const input = document.createElement('input');
  input.type = 'text';
  input.className = 'rule-text';
  input.spellcheck = false;
  input.placeholder = editorTexts.placeholder;
  input.value = ui.get().ruleText;
  label.append(input);
  const caret = document.createElement('pre');
  caret.className = 'rule-caret';
  caret.setAttribute('aria-hidden', 'true');
  const message = document.createElement('p');
  message.className = 'rule-message';
  message.setAttribute('role', 'status');
  root.append(level, label, caret, message);
  parent.append(root);
  input.addEventListener('input', () => ui.set({ ruleText: input.value }));
  level.addEventListener('change', () => {
    if (isFlagLevel(level.value)) ui.set({ ruleLevel: level.value });
  });
  return {
    root,
    showErrors(errors) {
      const [error] = errors;
      root.classList.toggle('has-error', Boolean(error));
      input.setAttribute('aria-invalid', String(Boolean(error)));
      caret.textContent = error ? caretLine(error).split('\n')[1] : '';
      message.textContent = error ? editorTexts.error(error) : editorTexts.ok(ui.get().ruleText.trim() !== '');
    },
  };
}
