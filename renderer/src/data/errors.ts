// What the data layer refuses on purpose, as opposed to a storage failure:
// each carries a sentence for the facilitator, shown as it is. Screens may
// import these to tell a refusal from a failure.

/** A change the app's rules do not allow; the message says why, in plain words. */
export class Refusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** An edit the session's run does not allow (see domain/sessions/agenda-editing.ts). */
export class AgendaLockedError extends Refusal {}

/**
 * A round is answered either privately on the device or by counts from
 * cards and slips, never both: typed numbers beside private answers could
 * be subtracted to read one person's answers.
 */
export class MixedMethodsError extends Refusal {
  constructor(method: 'device' | 'counts' | 'phones') {
    super(
      method === 'device'
        ? 'People have already answered this round on the device, so counts cannot be added to it. Open another round for the cards or slips.'
        : method === 'counts'
          ? 'Counts from cards or slips are already in this round, so it cannot also be answered on the device. Open another round for that.'
          : 'This round is being answered on phones, so it cannot also be answered on the device or on slips. Close it, or open another round for that.',
    );
  }
}

export class RoundClosedError extends Refusal {
  constructor() {
    super('This check-in round has already been closed, so nothing more can be added to it.');
  }
}

/** A write for an agenda item or a session that was removed meanwhile, in another window. */
export class ItemGoneError extends Refusal {
  constructor(what: 'item' | 'session') {
    super(
      what === 'item'
        ? 'That part of the plan was removed, in this window or another, so what was typed for it here was not kept. It is still on screen if you want to copy it.'
        : 'That session was deleted, in this window or another, so this was not kept.',
    );
  }
}

/** An agreed action removed (in this window or another) while its text was being edited. */
export class ActionGoneError extends Refusal {
  constructor() {
    super(
      'That action was removed, in this window or another, so this change to it was not kept. It is still on screen if you want to copy it.',
    );
  }
}

/** Sessions that cannot be written as a backup the app could read back; nothing was saved. */
export class ExportRefusedError extends Refusal {}

/** A backup that cannot be restored as chosen; nothing was written. */
export class RestoreRefusedError extends Refusal {}

/** The vault is locked (or was turned on in another window): nothing of the sessions can be read or written until it is unlocked. */
export class VaultLockedError extends Refusal {
  constructor(message = 'The vault is locked: unlock it with your passphrase to open your sessions.') {
    super(message);
  }
}
