// What a group on its own can do when it needs to stop and think. Short,
// plain, and always pointing to a way out that loses nothing.

/** The button on every self-guided card that stops the timer and opens this guidance; the roles name it too. */
export const PAUSE_BUTTON_LABEL = 'We need to pause';

export interface PauseSituation {
  id: string;
  title: string;
  /** Markdown, read aloud or silently. */
  guidance: string;
  /** The situation has a whole exercise to read as well ("When harm happens here"). */
  opensHarmGuide?: boolean;
}

export const PAUSE_SITUATIONS: readonly PauseSituation[] = [
  {
    id: 'hurt',
    title: 'Someone has been hurt here',
    opensHarmGuide: true,
    guidance: [
      '- Stop the plan. Nothing else on the agenda matters until this is looked after.',
      '- The people who were hurt decide what happens next: time apart, a break, or going on. Ask them privately, or let them tell you on a note. Nobody asks them to explain.',
      '- Whoever caused it says briefly that they heard the impact, without defending what they meant and without a long apology. Then they listen.',
      '- Agree a follow-up with the people who were hurt, even if it is only "we talk again next week". Write it down without names if the group agrees.',
      '- If someone is in distress or shares something serious, stop the session. Use the support you noted when you prepared (a local helpline, a support worker, a trusted organiser). If anyone is in danger, call emergency services.',
      '- The guide below is written for a trained facilitator; read it for what each step is for, and do what you safely can.',
    ].join('\n'),
  },
  {
    id: 'upset',
    title: 'Someone is upset',
    guidance: [
      '- Stop. Nobody has to explain what happened or why.',
      '- Offer a break of ten minutes. The person decides whether to step out, and whether anyone goes with them.',
      '- Don’t discuss it as a group, and don’t ask them to share more. Their story is theirs.',
      '- When you come back, ask whether to carry on, change the plan, or stop for today. Any of these is fine.',
    ].join('\n'),
  },
  {
    id: 'allies-dominating',
    title: 'Allies are taking over',
    guidance: [
      '- Change how you take turns, not who is to blame: for the next part, everyone writes their point on a card first, the timekeeper shuffles the cards and reads them all aloud, and only then does anyone speak.',
      '- Keep each contribution to about a minute; the timekeeper says when.',
      '- Allies take the supporting roles for a while: timekeeper, note-taker.',
      '- The process watcher names what is happening in the room ("we’ve heard a lot from allies"), never a person.',
    ].join('\n'),
  },
  {
    id: 'disagree',
    title: 'We disagree about the plan',
    guidance: [
      '- Say what the two or three options are, in a sentence each.',
      '- Decide by slips, not by show of hands: everyone writes the option they prefer; the timekeeper shuffles and counts them. Nobody has to say where they stand or why.',
      '- You can shorten an exercise, skip it with **Next**, or stop early. Nothing you have recorded is lost.',
      '- If the disagreement matters beyond today, note it without names and come back to it another time.',
    ].join('\n'),
  },
  {
    id: 'stop',
    title: 'We want to stop',
    guidance: [
      '- Stopping early is a good decision when the group needs it. Nobody has to justify it.',
      '- **End the session** below. Everything you recorded so far stays on this device, and you can print or save the summary.',
      '- Take a minute to check that everyone has a way home and someone to talk to if they need it.',
    ].join('\n'),
  },
];
