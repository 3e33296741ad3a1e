// The benchmark's datasets, as saved envelopes (schema 1). The heavy one:
// 100 rejections, 2,000 check-ins, 500 feedback notes and 300 contacts.
// Someone's years of searching (issue 26's reopen and save figures):
// `heavyJournal({ rejections: 1000, checkins: 4, notes: 1 })`, 1.3 MB.
export function heavyJournal({ rejections: count = 100, checkins: checkinsEach = 20, notes: notesEach = 5 } = {}) {
  const rejections = [];
  const themes = ['technical_depth', 'communication', 'relevant_experience', 'culture_fit', 'leadership'];
  const day = (n) => new Date(Date.UTC(2026, 0, 1) + n * 86400000).toISOString().slice(0, 10);
  for (let r = 0; r < count; r++) {
    const checkins = Array.from({ length: checkinsEach }, (_, c) => ({
      id: `r${r}c${c}`, at_ms: Date.UTC(2026, 0, 1) + (r * 3 + c) * 3600000, feelings: ['disappointed', 'hopeful'],
      // Most answer "how are you, overall?"; every fourth is from before it was asked.
      ...(c % 4 ? { overall: 1 + ((r + c) % 5) } : { intensity: 1 + ((r + c) % 10) }), note: `Check-in ${c} for rejection ${r}: a line of text about how it felt today.`,
    }));
    const notes = Array.from({ length: notesEach }, (_, n) => ({
      id: `r${r}n${n}`, text: `Feedback ${n}: they wanted more depth in system design and clearer examples.`,
      themes: [themes[(r + n) % 5]], tags: ['examples'], fair: 'partly', at_ms: 0,
    }));
    rejections.push({
      id: `r${r}`, created_ms: r, details: { company: `Company ${r}`, role: 'Engineer', news_date: day(r), reached: 'interview', notes: '' },
      progress: { process_emotions: 'done', seek_feedback: 'in_progress' },
      emotions: { checkins }, feedback: { notes },
      reflection: { went_well: 'Good rapport.', requirements: [{ id: `r${r}q`, text: 'Kubernetes', fit: 'gap', evidence: '' }] },
    });
  }
  const contacts = Array.from({ length: 300 }, (_, c) => ({ id: `k${c}`, name: `Contact ${c}`, company: `Org ${c % 40}`, how_known: 'Former colleague', next_step: 'Coffee', next_date: day(400 + c) }));
  return { schema: 1, rev: 1, saved_at: 0, data: { rejections, current: `r${count - 1}`, person: { contacts } } };
}
