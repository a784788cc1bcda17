import { useEffect, useState } from 'react';

export interface Speech {
  /** Why Listen cannot be used here, in plain words; null when it can. */
  unavailable: string | null;
  speaking: boolean;
  speak: (text: string) => void;
  stop: () => void;
}

function synth(): SpeechSynthesis | null {
  return typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : null;
}

/** The operating system's voice through the Web Speech API, where the system has one. */
export function useSpeech(): Speech {
  const [voices, setVoices] = useState(() => synth()?.getVoices().length ?? 0);
  const [speaking, setSpeaking] = useState(false);

  useEffect(() => {
    const s = synth();
    if (!s) return;
    // Voices load after the page on most systems; the list arrives with this event.
    const onVoices = () => setVoices(s.getVoices().length);
    s.addEventListener('voiceschanged', onVoices);
    return () => {
      s.removeEventListener('voiceschanged', onVoices);
      s.cancel();
    };
  }, []);

  const s = synth();
  const unavailable = !s
    ? 'This window cannot speak: it has no speech support.'
    : voices === 0
      ? 'No speech voice is installed on this computer, so the message cannot be read aloud here.'
      : null;

  return {
    unavailable,
    speaking,
    speak: (text) => {
      if (!s || unavailable) return;
      s.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.onend = () => setSpeaking(false);
      utterance.onerror = () => setSpeaking(false);
      setSpeaking(true);
      s.speak(utterance);
    },
    stop: () => {
      s?.cancel();
      setSpeaking(false);
    },
  };
}
