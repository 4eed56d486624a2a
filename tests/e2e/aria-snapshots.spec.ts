import { openCheckInRound, planSession } from '../support/app-steps.ts';
import { expect, test } from '../support/fixtures.ts';

// The accessibility tree of each main screen, as a screen reader meets it,
// compared whole: every template starts with `/children: deep-equal`, so a
// screen that gains, loses or reorders anything fails here and its template
// is looked at again (`--update-snapshots` rewrites them; then put the
// directive and the id patterns back). The clock is fixed, ids are patterns.

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-03-05T09:00:00'));
});

test('the sessions screen with one session, and the planner', async ({ page }) => {
  await planSession(page, { title: 'Snapshot', exercises: ['Agreements and the floor protocol (25 minutes)'], breaks: 1 });
  await expect(page.getByRole('main')).toMatchAriaSnapshot(`
    - main:
      - /children: deep-equal
      - paragraph:
        - link "← Back to sessions":
          - /url: "#/sessions"
      - 'heading "Plan: Snapshot" [level=1]'
      - link "Run this session":
        - /url: /#\\/sessions\\/[0-9a-f-]{36}\\/run$/
      - link "Preparation pack to print":
        - /url: /#\\/sessions\\/[0-9a-f-]{36}\\/pack$/
      - link "Save as a template":
        - /url: /#\\/sessions\\/[0-9a-f-]{36}\\/save-as-template$/
      - form "Session details":
        - text: Session title
        - status
        - textbox "Session title": Snapshot
        - text: Saved Date and time
        - textbox "Date and time"
        - text: Time available (minutes)
        - spinbutton "Time available (minutes)"
        - text: Delete this session after
        - textbox "Delete this session after"
        - paragraph: Optional. Leave empty to keep the session until you delete it.
        - text: Who leads
        - combobox "Who leads":
          - option "A facilitator" [selected]
          - 'option "The group itself: the app guides"'
        - text: Shown to participants in
        - combobox "Shown to participants in":
          - option "The app’s language" [selected]
          - option "English"
          - option "Español"
        - paragraph: "The participant display, the hand-around, phones and the printed summary. Your own screens stay in the app’s language."
      - region "Plan summary":
        - heading "Plan summary" [level=2]
        - status:
          - strong: 35 minutes planned
          - text: · set the time available to compare
      - region "Agenda":
        - heading "Agenda" [level=2]
        - paragraph: "Drag items to reorder them, or use the arrow buttons (or Alt+↑ and Alt+↓ on a focused item). Notes save as you type. Times are counted from the start: set a date and time above to see clock times."
        - list:
          - listitem "1. Agreements and the floor protocol · Exercise":
            - paragraph: +0:00
            - heading "1. Agreements and the floor protocol · Exercise" [level=3]:
              - text: "1."
              - link "Agreements and the floor protocol":
                - /url: "#/library/agreements-and-floor-protocol"
              - text: · Exercise
            - text: Minutes
            - spinbutton "Minutes": "25"
            - button "Move “Agreements and the floor protocol” up" [disabled]: ↑
            - button "Move “Agreements and the floor protocol” down": ↓
            - button "Remove “Agreements and the floor protocol”": Remove
            - text: Preparation note for “Agreements and the floor protocol”
            - status
            - textbox "Preparation note for “Agreements and the floor protocol”"
            - text: Saved
          - listitem "2. Break · Break":
            - paragraph: +0:25
            - heading "2. Break · Break" [level=3]
            - text: Minutes
            - spinbutton "Minutes": "10"
            - button "Move “Break” up": ↑
            - button "Move “Break” down" [disabled]: ↓
            - button "Remove “Break”": Remove
            - text: Preparation note for “Break”
            - status
            - textbox "Preparation note for “Break”"
            - text: Saved
        - status
        - form "Add to the plan":
          - text: Exercise from the library
          - combobox "Exercise from the library":
            - option "Action and risk ladder (45 minutes)"
            - option "Agreements and the floor protocol (25 minutes)" [selected]
            - 'option "Allies'' caucus: why am I here? (40 minutes)"'
            - 'option "Allies'' self-check: am I centring myself? (35 minutes)"'
            - 'option "Arriving: grounding and access (20 minutes)"'
            - option "Back the challenger (40 minutes)"
            - 'option "Bringing in a peer: allies work on their own networks (30 minutes)"'
            - 'option "Caucus: setting the agenda (45 minutes)"'
            - 'option "Checking back: did the asks get done? (45 minutes)"'
            - 'option "Closing: affirmation and informed action (20 minutes)"'
            - option "Coalition agreements (25 minutes)"
            - 'option "Coalition closing: what we share, what we''ll do (20 minutes)"'
            - 'option "Confidentiality and photos: our agreement (17 minutes)"'
            - option "Help and acceptance audit (30 minutes)"
            - option "Invited listening (35 minutes)"
            - option "Naming harm inside the coalition (55 minutes)"
            - option "Our terms for working with allies (45 minutes)"
            - option "Parallel timelines (60 minutes)"
            - option "Receiving the caucus's agenda (45 minutes)"
            - option "Respect and empowerment check-in (26 minutes)"
            - option "Shared roots, distinct histories (72 minutes)"
            - option "What do I think they think of me? An allies-only check on meta-beliefs (30 minutes)"
            - option "When harm happens here (19 minutes)"
            - option "When partners step back (40 minutes)"
            - option "Who set up the scarcity? Competition for resources in a coalition (45 minutes)"
            - 'option "Zero-sum check: what do we think we''d lose? (40 minutes)"'
          - button "Add exercise"
          - button "Add a break"
          - status: Added “Break” at the end of the agenda.
  `);
  await page.getByRole('link', { name: 'Sessions', exact: true }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Snapshot' })).toBeVisible();
  await expect(page.getByRole('main')).toMatchAriaSnapshot(`
    - main:
      - /children: deep-equal
      - heading "Sessions" [level=1]
      - form "New session":
        - heading "New session" [level=2]
        - text: Title
        - textbox "Title"
        - text: Start from
        - combobox "Start from":
          - option "A blank plan" [selected]
          - 'option "Template: Allies and activists: a half-day"'
          - 'option "Template: Allies'' evening, without a facilitator"'
          - 'option "Template: Coalition: shared structures, distinct histories"'
          - 'option "Template: First session for a mixed group"'
        - button "Create session"
      - region "Your sessions":
        - heading "Your sessions" [level=2]
        - status: 1 session
        - list:
          - listitem "Snapshot":
            - heading "Snapshot" [level=3]:
              - link "Snapshot":
                - /url: /#\\/sessions\\/[0-9a-f-]{36}$/
            - paragraph: No date set · Time not set · Planned
            - button "Duplicate"
            - button "Export…"
            - button "Delete…"
      - region "Back up and restore":
        - heading "Back up and restore" [level=2]
        - paragraph: "A backup is a file you keep. It holds your sessions and notes: store it somewhere only you can reach, or protect it with a passphrase."
        - button "Export all sessions…"
        - text: Restore from a backup file…
        - button "Restore from a backup file…"
      - region "Wipe this device":
        - heading "Wipe this device" [level=2]
        - paragraph: Deletes every session on this device, with its plans, notes, reflections, actions and check-in results, and anything being typed. There is no undo. Export a backup first if anyone needs a copy, and keep it somewhere safe.
        - button "Wipe everything on this device…"
  `);
});

test('the run view and the hand-around', async ({ page }) => {
  await planSession(page, { title: 'Snapshot', exercises: ['Agreements and the floor protocol (25 minutes)'] });
  await page.getByRole('link', { name: 'Run this session' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(page.getByRole('main')).toMatchAriaSnapshot(`
    - main:
      - /children: deep-equal
      - paragraph:
        - link "← Back to the plan":
          - /url: /#\\/sessions\\/[0-9a-f-]{36}$/
      - 'heading "Run: Snapshot" [level=1]'
      - paragraph:
        - text: "Item 1 of 1:"
        - strong: Agreements and the floor protocol
        - text: · step 1 of 6
      - button "End session…"
      - region "Step timer":
        - paragraph: 3:00
        - status: On time
        - toolbar "Run controls":
          - button "Pause"
          - button "Previous" [disabled]
          - button "Next step"
          - button "Skip item"
          - button "More controls"
        - paragraph: Projected end 9:25 AM
      - region "Floor tools":
        - button "Caucus call"
        - button "Floor shift"
        - button "When harm happens here"
        - button "Check-ins"
        - text: No round open
        - status
      - article "Who this session is for":
        - heading "Who this session is for" [level=2]
        - paragraph:
          - emphasis: "Before people arrive: open this exercise in run mode with the first step on the projector. Put identical paper slips, blank cards and pens of one colour within everyone’s reach. Have a box for the slips, and a second box, for cards, somewhere anyone can reach it without being watched."
        - paragraph: Welcome. Before anything else, here’s how today works.
        - paragraph: Today centres the people most affected by the issue we’re working on. What they know leads, and what they need sets the direction. If you’re here as an ally, your part today is to listen, to take on work and to follow that direction.
        - paragraph: Nobody has to tell anyone which of those they are, or explain their connection to this issue. Everything we set up in the next twenty-five minutes works without anyone saying who they are.
        - paragraph: "Here’s what we’ll do: three tools anyone can use, one anonymous question on paper, and a way for points to reach the room without anyone having to stand out. The only thing I’ll save from this part is the list of agreements we end up with."
        - paragraph:
          - text: "Next:"
          - strong: Three tools anyone can use
      - complementary "Beside the script":
        - heading "Participants see" [level=3]
        - paragraph:
          - strong: How we work today
        - list:
          - listitem: Today centres the people most affected by this issue.
          - listitem: "Allies: listen, take on work, follow that direction."
          - listitem: Nobody has to say which they are.
          - listitem: "The only thing saved from this part: our agreements."
        - group "Airtime":
          - text: Airtime
          - button "Affected participant speaking"
          - button "Ally speaking"
          - button "Stop" [disabled]
          - paragraph: "This item: no airtime timed yet. Session: no airtime timed yet."
        - text: Notes for this step
        - status
        - textbox "Notes for this step"
        - paragraph: "No names: write what was said and agreed, not who said it."
        - group:
          - text: Safety
          - list:
            - listitem: "Nobody needs to disclose identity, membership of any group, or their connection to the issue. Never sort speakers by identity: no “people most affected first” rounds, no calling on people according to what you think they are, and never ask anyone to stand, move or raise a hand by identity."
            - listitem: Anyone may pass at any point, with no reason given and none asked for.
            - listitem: "The star on a slip is optional. Read every slip the same way, in shuffled order. Never ask who starred a slip, never say which slips or agreements had stars, and never say how many did: in a small group, that number could point to individuals."
            - listitem: Cards are anonymous. Never ask or guess who wrote one, and never compare handwriting. Read nothing aloud, from a slip or a card, that could identify its writer.
            - listitem: Caucus membership is chosen by each person and never recorded. Anyone can take a break instead of going to a caucus, without saying why. Never say who asked for a caucus call or floor shift.
            - listitem: The question is about this room, not about past harm. Nobody is asked to describe what has happened to them. If a slip or card describes harm, don’t read out the details.
            - listitem: Say at the start what will be saved (the agreements only) and keep to it. Destroy the slips and cards after the session. Ask people not to photograph the slips, the cards or the flipchart.
        - group: Facilitator notes
      - region "Check-ins":
        - heading "Check-ins" [level=2]
        - group: Open a check-in round
  `);

  await openCheckInRound(page, ['Respect and empowerment']);
  await page.getByRole('link', { name: 'Hand the device round' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your turn' })).toBeVisible();
  await expect(page.getByRole('main')).toMatchAriaSnapshot(`
    - main "Private check-in":
      - /children: deep-equal
      - heading "Your turn" [level=1]
      - paragraph: "Your answers are private. Nobody sees them, not even the facilitator: only averages are shown, and only once enough people have answered. How many people answered is shown only roughly, never exactly."
      - paragraph: "Whatever you choose, you go through the same 5 screens, one question on each, as everyone else: where there is nothing for you to answer, a screen says so. Every question starts on “Pass”, so you can skip any of them."
      - heading "How are you here today?" [level=2]
      - button "Someone from a community most affected by this work"
      - button "An ally"
      - button "I prefer not to say"
      - paragraph:
        - 'button "Everyone has had a turn: finish the hand-around…"'
  `);
  await page.getByRole('button', { name: 'Someone from a community most affected by this work', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Screen 1 of 5' })).toBeVisible();
  await expect(page.getByRole('main')).toMatchAriaSnapshot(`
    - main "Private check-in":
      - /children: deep-equal
      - heading "Screen 1 of 5" [level=1]
      - paragraph:
        - strong: Four quick questions about how this session has treated you so far.
      - list:
        - listitem: Answer for yourself, about your own experience here.
        - listitem: Skip any question you like. You never need to give a reason.
        - listitem: Answer from 1 (not at all) to 5 (completely). Your first honest reaction is enough.
      - group "What my community knows was treated as real expertise here.":
        - text: What my community knows was treated as real expertise here.
        - radio "1 (Not at all)"
        - text: "1"
        - radio "2"
        - text: "2"
        - radio "3"
        - text: "3"
        - radio "4"
        - text: "4"
        - radio "5 (Completely)"
        - text: "5"
        - radio "Pass" [checked]
        - text: Pass
      - button "← Back"
      - button "Next →"
  `);
  await page.getByRole('button', { name: 'Next →' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Screen 2 of 5' })).toBeVisible();
  await expect(page.getByRole('main')).toMatchAriaSnapshot(`
    - main "Private check-in":
      - /children: deep-equal
      - heading "Screen 2 of 5" [level=1]
      - group "I had a real say in what this group decided.":
        - text: I had a real say in what this group decided.
        - radio "1 (Not at all)"
        - text: "1"
        - radio "2"
        - text: "2"
        - radio "3"
        - text: "3"
        - radio "4"
        - text: "4"
        - radio "5 (Completely)"
        - text: "5"
        - radio "Pass" [checked]
        - text: Pass
      - button "← Back"
      - button "Next →"
  `);
});

test('the summary', async ({ page }) => {
  await planSession(page, { title: 'Snapshot', exercises: ['Agreements and the floor protocol (25 minutes)'] });
  await page.getByRole('link', { name: 'Run this session' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.locator('#step-note').fill('We agreed to pass without giving reasons.');
  await page.getByRole('button', { name: 'End session…' }).click();
  await page.getByRole('button', { name: 'End session', exact: true }).click();
  await page.getByRole('link', { name: 'Print or share the summary' }).click();
  await expect(page.getByRole('article', { name: 'Summary: Snapshot' })).toContainText('We agreed to pass without giving reasons.');
  await expect(page.getByRole('main')).toMatchAriaSnapshot(`
    - main:
      - /children: deep-equal
      - paragraph:
        - link "← Back to the plan":
          - /url: /#\\/sessions\\/[0-9a-f-]{36}$/
      - 'heading "Summary: Snapshot" [level=1]'
      - group "Print and export":
        - button "Print…"
        - button "Save as PDF…"
        - button "Export Markdown…"
        - button "Copy as Markdown"
      - status
      - form "What goes into the summary":
        - group "Include":
          - text: Include
          - checkbox "Notes taken during exercises" [checked]
          - text: Notes taken during exercises
          - checkbox "Structures maps and timelines" [checked]
          - text: Structures maps and timelines
          - checkbox "Check-in results (only where enough people answered)" [checked]
          - text: Check-in results (only where enough people answered)
          - checkbox "Agreed actions" [checked]
          - text: Agreed actions
          - checkbox "Follow-ups for the facilitator (for your own copy)"
          - text: Follow-ups for the facilitator (for your own copy)
        - group "Paper":
          - text: Paper
          - radio "A4" [checked]
          - text: A4
          - radio "US Letter"
          - text: US Letter
        - paragraph: The app keeps no list of participants. Names someone typed into a note are the group’s to keep or leave out.
        - status
      - heading "Preview, exactly as it prints" [level=2]
      - 'article "Summary: Snapshot"':
        - heading "Snapshot" [level=1]
        - paragraph: "Friday, March 5, 2027 at 9:00 AM · Time used: 0 min"
        - heading "Agenda as run" [level=2]
        - table:
          - rowgroup:
            - row "Item Planned Actual":
              - columnheader "Item"
              - columnheader "Planned"
              - columnheader "Actual"
          - rowgroup:
            - row "Agreements and the floor protocol 25 min 0 min":
              - cell "Agreements and the floor protocol"
              - cell "25 min"
              - cell "0 min"
        - heading "Agreements and the floor protocol" [level=2]
        - heading "Notes" [level=3]
        - heading "Who this session is for" [level=4]
        - paragraph: We agreed to pass without giving reasons.
  `);
});
