import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { signalWord } from '../../src/ui/signal-word';

describe('signalWord', () => {
  it('says the run is ready before the start, in the words of the view that asks', () => {
    expect(signalWord('ready', 'speaking', 'over')).toBe(en.ready);
    expect(signalWord('ready', 'speaking', 'over', en.stage.waiting)).toBe(en.stage.waiting);
  });

  it('says the run has ended after it, whatever the signal was', () => {
    expect(signalWord('ended', 'paused', 'over')).toBe(en.ended);
  });

  it('says what the floor is doing when the speaker’s clock stands still', () => {
    expect(signalWord('running', 'paused', 'final')).toBe(en.paused);
    expect(signalWord('running', 'interjecting', 'wrapUp')).toBe(en.moderatorInterjecting);
  });

  it('gives the signal’s own word while the speaker speaks', () => {
    expect(signalWord('running', 'speaking', 'normal')).toBe(en.signal.normal);
    expect(signalWord('running', 'speaking', 'wrapUp')).toBe(en.signal.wrapUp);
    expect(signalWord('running', 'speaking', 'final')).toBe(en.signal.final);
    expect(signalWord('running', 'speaking', 'over')).toBe(en.signal.over);
  });
});
