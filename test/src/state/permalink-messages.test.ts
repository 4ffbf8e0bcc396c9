import { describe, expect, it } from 'vitest';
import { permalinkMessages } from '../../../src/state/permalink-messages';

describe('permalinkMessages', () => {
  it('name what was dropped and say what to do', () => {
    expect(permalinkMessages.opened([permalinkMessages.unknownChart('gone'), permalinkMessages.badUiField('openRun')])).toBe(
      'This link was opened without the filter of chart "gone" (the view has no such chart); the setting "openRun" (not a value it can take). The rest of it is applied; copy a new link to share what you see now.',
    );
    expect(permalinkMessages.unknownStatus('Suspicious', ['Good', 'Bad'])).toBe('"Suspicious" is not a run status (Good, Bad)');
    expect(permalinkMessages.tooLong('f', 30001, 20000)).toBe('its "f" part (30001 characters, more than 20000)');
  });
});
