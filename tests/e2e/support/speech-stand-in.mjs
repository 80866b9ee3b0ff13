// A recording stand-in for the browser's speech synthesis, installed in a page before
// its scripts run (or after, then `window.speechStandIn.install()` again).
// It records what the app asks: each utterance's text, language and voice, and each
// `cancel()`. Like Chromium, it knows no voice at first and announces its list with
// `voiceschanged` a moment later.

/**
 * The page script. `voices` is the list the browser will announce ([] = none); with
 * `synthesis: false` the browser has no speech synthesis at all.
 */
export function speechStandIn({ voices = [
  { name: 'Thomas', lang: 'fr-FR' },
  { name: 'Amélie', lang: 'fr-CA' },
  { name: 'Samantha', lang: 'en-US' },
], synthesis = true } = {}) {
  return `(${install.toString()})(${JSON.stringify(voices)}, ${synthesis});`;
}

function install(voices, synthesis) {
  const record = { spoken: [], cancels: 0, current: null };
  window.speechStandIn = record;
  if (!synthesis) {
    Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
    return;
  }
  class Utterance {
    constructor(text) {
      this.text = text;
      this.lang = '';
      this.voice = null;
      this.onend = null;
      this.onerror = null;
    }
  }
  let known = [];
  const standIn = {
    onvoiceschanged: null,
    getVoices: () => known.slice(),
    speak(utterance) {
      record.spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name ?? null });
      record.current = utterance;
    },
    cancel() {
      record.cancels += 1;
      const utterance = record.current;
      record.current = null;
      // Browsers end a cancelled utterance with an error event ("interrupted").
      utterance?.onerror?.({ target: utterance });
    },
  };
  /** The voice reaches the end of what it was reading. */
  record.finish = () => {
    const utterance = record.current;
    record.current = null;
    utterance?.onend?.({ target: utterance });
  };
  Object.defineProperty(window, 'speechSynthesis', { value: standIn, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  setTimeout(() => {
    known = voices;
    standIn.onvoiceschanged?.();
  }, 50);
}
