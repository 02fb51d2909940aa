import { requestOfTurn } from './floor-list';
import { GENDERS, type FloorBlock, type Gender } from './floor-list';
import { FLOOR, type Plan } from './plan';
import { allottedWithAdded, segmentBudget } from './projection';
import { correctionKey, type RecordState } from './record';
import type { Activity, RunEvent, RunState } from './run';
import { millis, type Instant, type Millis } from './units';

/** A stretch of a turn after corrections. */
interface Piece {
  readonly kind: Activity;
  readonly from: number;
  readonly to: number;
}

export type TurnStatus = 'held' | 'running' | 'skipped' | 'notReached';

export interface TurnReport {
  /** 1-based position among the turns of the record. */
  readonly index: number;
  readonly turnId: string;
  readonly segmentId: string;
  readonly questionId: string | null;
  /** A person's id, FLOOR or AUDIENCE. */
  readonly speakerId: string;
  readonly inserted: boolean;
  readonly status: TurnStatus;
  /** The allotment in force, with time added live. */
  readonly planned: Millis;
  /** Speaking time: pauses and the moderator's interjections excluded. */
  readonly actual: Millis;
  /** actual − planned: positive when over. Zero for turns not held. */
  readonly difference: Millis;
  readonly startedAt: Instant | null;
  readonly endedAt: Instant | null;
  readonly interjections: Millis;
  readonly paused: Millis;
  readonly messages: readonly { readonly at: Instant; readonly text: string }[];
  readonly note: string | null;
  readonly corrected: { readonly start: boolean; readonly end: boolean };
  /** A speaker from the floor given the floor from the list: the request; null for other turns. */
  readonly requestId: string | null;
  /** The question round a floor speaker asked in; null for other turns. */
  readonly round: number | null;
  /** The question round a panelist's answer answered; null for other turns. */
  readonly answersRound: number | null;
  /** Who a floor speaker is, as the list has it; null for other turns. */
  readonly floorSpeaker: { readonly name: string; readonly delegation: string | null } | null;
}

/** A speaker from the floor, in the order they had the floor. */
export interface FloorSpeakerReport {
  /** The turn's position in the record (TurnReport.index). */
  readonly index: number;
  readonly turnId: string;
  readonly requestId: string;
  readonly name: string;
  readonly delegation: string | null;
  /** Self-described, where it was asked; null when not recorded. */
  readonly gender: Gender | null;
  readonly round: number | null;
  readonly status: TurnStatus;
  readonly planned: Millis;
  /** Speaking time. */
  readonly actual: Millis;
}

/** A panelist's answer to a round of questions. */
export interface FloorAnswerReport {
  readonly index: number;
  readonly turnId: string;
  readonly speakerId: string;
  readonly round: number;
  readonly status: TurnStatus;
  readonly planned: Millis;
  readonly actual: Millis;
}

/** Speakers from the floor of one gender (as they described it, or not recorded). */
export interface GenderTotal {
  readonly gender: Gender;
  /** Requests to speak on the list, whatever became of them. */
  readonly requests: number;
  /** Those who had the floor. */
  readonly speakers: number;
  /** Their speaking time. */
  readonly actual: Millis;
  /** Of all floor speakers' speaking time, 0–1; null when none spoke. */
  readonly share: number | null;
}

/** One open block's questions from the floor. */
export interface FloorBlockReport {
  readonly segmentId: string;
  readonly speakers: readonly FloorSpeakerReport[];
  readonly answers: readonly FloorAnswerReport[];
  /** Floor speakers who had the floor (their turn begun). */
  readonly questionsAsked: number;
  /** Question rounds with at least one question asked. */
  readonly rounds: number;
  /** Speaking time of the floor speakers' turns. */
  readonly questionsTime: Millis;
  /** Speaking time of the panel's answers. */
  readonly answersTime: Millis;
  /** Speaking time of the floor's own turns (the moderator chairing, calling the next). */
  readonly floorTime: Millis;
  /** Speaking time of any other turn given in the block (an ad hoc speaker, a follow-up). */
  readonly otherTime: Millis;
  /** The moderator's interjections in the block's turns. */
  readonly interjections: Millis;
  /** Time used: questions + answers + floor + other + interjections, as the segment's total. */
  readonly used: Millis;
  /** The block is over (the run moved past it, or ended): those still waiting were left waiting. */
  readonly over: boolean;
  /** Still waiting: at the end of the block, or now while it is under way or to come. */
  readonly waiting: readonly { readonly name: string; readonly delegation: string | null }[];
  readonly closedAt: Instant | null;
  /** Waiting when the list closed; null while it is open. */
  readonly waitingAtClose: number | null;
  readonly withdrawn: number;
  /** By gender (woman, man, another, not recorded), only where a gender was recorded; null otherwise. */
  readonly genders: readonly GenderTotal[] | null;
}

export interface GroupTotal {
  readonly id: string;
  /** Planned budget in force. */
  readonly planned: Millis;
  /** Time used: speaking and interjections, not pauses. */
  readonly actual: Millis;
}

export interface PersonTotal {
  readonly personId: string;
  readonly turns: number;
  readonly planned: Millis;
  /** Speaking time, and for the moderator the interjections too. */
  readonly actual: Millis;
  /** Of all panelists' speaking time, 0–1; null for others. */
  readonly share: number | null;
}

export interface Balance {
  readonly longestId: string;
  readonly shortestId: string;
  /** Longest over shortest; null when the shortest did not speak. */
  readonly ratio: number | null;
  /** 1 / number of panelists. */
  readonly equalShare: number;
}

export interface Report {
  readonly turns: readonly TurnReport[];
  readonly segments: readonly GroupTotal[];
  readonly questions: readonly GroupTotal[];
  readonly people: readonly PersonTotal[];
  readonly balance: Balance | null;
  /** Questions from the floor, per open block with a list of speakers; null when the run has none. */
  readonly floor: readonly FloorBlockReport[] | null;
  readonly startedAt: Instant | null;
  readonly endedAt: Instant | null;
}

const sum = (pieces: readonly Piece[], kind: Activity) => pieces.reduce((t, p) => t + (p.kind === kind ? p.to - p.from : 0), 0);

/** A held turn after the rapporteur's corrections: its stretches and its begin and end (null while it runs). */
interface CorrectedTurn {
  readonly pieces: readonly Piece[];
  readonly start: number;
  readonly end: number | null;
}

/**
 * Each held turn after the rapporteur's corrections. A corrected boundary between two turns
 * moves time from one to the other with what was happening then (speaking, paused,
 * interjecting); moving the first start earlier or the last end later adds speaking time. A
 * correction past a neighbouring boundary is held at it, and the times shown are the ones the
 * durations were computed from.
 */
function correctedTurns(run: RunState, record: RecordState, now: Instant): Map<string, CorrectedTurn> {
  const held = run.order
    .filter((id) => run.records[id])
    .concat(Object.keys(run.records).filter((id) => !run.order.includes(id)))
    .map((id) => run.records[id]!)
    .sort((a, b) => a.startedAt - b.startedAt);
  const result = new Map<string, CorrectedTurn>();
  if (held.length === 0) return result;
  const timeline: Piece[] = [];
  for (const r of held) for (const s of r.spans) timeline.push({ kind: s.kind, from: s.from, to: s.to ?? now });
  const lastOpen = held.at(-1)!.endedAt === null;
  // Turns follow one another without a gap: each begins when the one before it ends.
  const bounds = held.map((r) => r.startedAt as number);
  bounds.push(held.at(-1)!.endedAt ?? now);
  // Apply corrections in order, each kept between its neighbours.
  held.forEach((r, i) => {
    const start = record.corrections[correctionKey(r.turnId, 'start')];
    if (start !== undefined) bounds[i] = start;
    const end = record.corrections[correctionKey(r.turnId, 'end')];
    if (end !== undefined && !(lastOpen && i === held.length - 1)) bounds[i + 1] = end;
  });
  for (let i = 1; i < bounds.length; i++) bounds[i] = Math.max(bounds[i]!, bounds[i - 1]!);
  const first = timeline[0]!.from;
  const last = timeline.at(-1)!.to;
  if (bounds[0]! < first) timeline.unshift({ kind: 'speaking', from: bounds[0]!, to: first });
  if (bounds.at(-1)! > last) timeline.push({ kind: 'speaking', from: last, to: bounds.at(-1)! });
  held.forEach((r, i) => {
    const from = bounds[i]!;
    const to = bounds[i + 1]!;
    const pieces: Piece[] = [];
    for (const p of timeline) {
      const a = Math.max(p.from, from);
      const b = Math.min(p.to, to);
      if (b > a) pieces.push({ kind: p.kind, from: a, to: b });
    }
    const open = lastOpen && i === held.length - 1;
    result.set(r.turnId, { pieces, start: from, end: open ? null : to });
  });
  return result;
}

/**
 * The rapporteur's record of a run at `now`: every turn with planned and actual time, totals
 * per segment, question and person, and the balance between panelists. Corrections apply.
 */
export function buildReport(
  plan: Plan,
  run: RunState,
  log: readonly RunEvent[],
  record: RecordState,
  now: Instant,
  moderatorId: string | null,
): Report {
  const corrected = correctedTurns(run, record, now);
  const messages = log.filter((e): e is Extract<RunEvent, { type: 'messageSent' }> => e.type === 'messageSent');
  const currentId = run.status === 'running' ? run.order[run.current] : undefined;

  const ids = [...run.order];
  for (const id of run.skipped) if (!ids.includes(id)) ids.push(id);
  for (const id of Object.keys(run.records)) if (!ids.includes(id)) ids.push(id);
  const turns: TurnReport[] = [];
  for (const turnId of ids) {
    const turn = run.turns[turnId];
    if (!turn) continue;
    const b = corrected.get(turnId);
    const own = b?.pieces;
    const status: TurnStatus = turnId === currentId ? 'running' : own ? 'held' : run.skipped.includes(turnId) ? 'skipped' : 'notReached';
    const planned = turn.speakerId === FLOOR ? segmentBudget(plan, run, turn.segmentId) : allottedWithAdded(run, turnId);
    const actual = own ? sum(own, 'speaking') : 0;
    const segment = plan.segmentById[turn.segmentId];
    const entry = requestOfTurn(run.floor, turn);
    turns.push({
      index: turns.length + 1,
      turnId,
      segmentId: turn.segmentId,
      questionId: segment?.questionId ?? null,
      speakerId: turn.speakerId,
      inserted: turn.inserted,
      status,
      planned: millis(planned),
      actual: millis(actual),
      difference: millis(own ? actual - planned : 0),
      startedAt: (b?.start ?? null) as Instant | null,
      endedAt: (b?.end ?? null) as Instant | null,
      interjections: millis(own ? sum(own, 'interjecting') : 0),
      paused: millis(own ? sum(own, 'paused') : 0),
      messages: b
        ? messages.filter((m) => m.at >= b.start && (b.end === null || m.at < b.end)).map((m) => ({ at: m.at, text: m.text }))
        : [],
      note: record.notes[turnId] ?? null,
      corrected: {
        start: record.corrections[correctionKey(turnId, 'start')] !== undefined,
        end: record.corrections[correctionKey(turnId, 'end')] !== undefined,
      },
      requestId: turn.requestId ?? null,
      round: turn.round ?? null,
      answersRound: turn.answersRound ?? null,
      floorSpeaker: entry ? { name: entry.name, delegation: entry.delegation ?? null } : null,
    });
  }

  const used = (t: TurnReport) => t.actual + t.interjections;
  const segments: GroupTotal[] = plan.segments.map((s) => ({
    id: s.id,
    planned: segmentBudget(plan, run, s.id),
    actual: millis(turns.filter((t) => t.segmentId === s.id).reduce((a, t) => a + used(t), 0)),
  }));
  const questionIds = [...new Set(plan.segments.map((s) => s.questionId).filter((q): q is string => q !== undefined))];
  const questions: GroupTotal[] = questionIds.map((q) => {
    const inQuestion = segments.filter((s) => plan.segmentById[s.id]?.questionId === q);
    return {
      id: q,
      planned: millis(inQuestion.reduce((a, s) => a + s.planned, 0)),
      actual: millis(inQuestion.reduce((a, s) => a + s.actual, 0)),
    };
  });

  const personIds: string[] = plan.people.map((p) => p.id);
  for (const t of turns) if (!personIds.includes(t.speakerId) && t.actual > 0) personIds.push(t.speakerId);
  const panelists = plan.people.filter((p) => p.role === 'panelist').map((p) => p.id);
  const spoken = (id: string) =>
    turns.filter((t) => t.speakerId === id).reduce((a, t) => a + t.actual, 0) +
    (id === moderatorId ? turns.reduce((a, t) => a + t.interjections, 0) : 0);
  const panelTotal = panelists.reduce((a, id) => a + spoken(id), 0);
  // The floor's turns in an open block share its budget: each block counts once, however often the floor came back.
  const plannedFor = (id: string) => {
    const held = turns.filter((t) => t.speakerId === id && t.status !== 'skipped');
    if (id !== FLOOR) return held.reduce((a, t) => a + t.planned, 0);
    const blocks = new Map(held.map((t) => [t.segmentId, t.planned] as const));
    return [...blocks.values()].reduce((a, p) => a + p, 0);
  };
  const people: PersonTotal[] = personIds.map((id) => ({
    personId: id,
    turns: turns.filter((t) => t.speakerId === id && (t.status === 'held' || t.status === 'running')).length,
    planned: millis(plannedFor(id)),
    actual: millis(spoken(id)),
    share: panelists.includes(id) && panelTotal > 0 ? spoken(id) / panelTotal : null,
  }));

  let balance: Balance | null = null;
  if (panelists.length >= 2 && panelTotal > 0) {
    const ranked = [...panelists].sort((a, b) => spoken(b) - spoken(a));
    const longestId = ranked[0]!;
    const shortestId = ranked.at(-1)!;
    balance = {
      longestId,
      shortestId,
      ratio: spoken(shortestId) > 0 ? spoken(longestId) / spoken(shortestId) : null,
      equalShare: 1 / panelists.length,
    };
  }
  const held = turns.filter((t) => t.startedAt !== null);
  return {
    turns,
    segments,
    questions,
    people,
    balance,
    floor: floorReport(plan, run, turns),
    startedAt: held[0]?.startedAt ?? null,
    endedAt: run.status === 'ended' ? (run.endedAt as Instant) : null,
  };
}

const speakingTime = (turns: readonly TurnReport[]) => millis(turns.reduce((a, t) => a + t.actual, 0));

/** Questions from the floor in each open block that has a list; null when none has. */
function floorReport(plan: Plan, run: RunState, turns: readonly TurnReport[]): readonly FloorBlockReport[] | null {
  const blocks = plan.segments.filter((s) => s.open && run.floor[s.id]).map((s) => blockReport(run, s.id, run.floor[s.id]!, turns));
  return blocks.length > 0 ? blocks : null;
}

function blockReport(run: RunState, segmentId: string, block: FloorBlock, all: readonly TurnReport[]): FloorBlockReport {
  const turns = all.filter((t) => t.segmentId === segmentId);
  const begun = (t: TurnReport) => t.startedAt !== null;
  const asked = turns.filter((t) => t.requestId !== null);
  const answered = turns.filter((t) => t.requestId === null && t.answersRound !== null);
  const floorTurns = turns.filter((t) => t.requestId === null && t.answersRound === null && t.speakerId === FLOOR);
  const others = turns.filter((t) => t.requestId === null && t.answersRound === null && t.speakerId !== FLOOR);
  const speakers: FloorSpeakerReport[] = asked.map((t) => {
    const entry = block.entries[t.requestId!];
    return {
      index: t.index,
      turnId: t.turnId,
      requestId: t.requestId!,
      name: entry?.name ?? '',
      delegation: entry?.delegation ?? null,
      gender: entry?.gender ?? null,
      round: t.round,
      status: t.status,
      planned: t.planned,
      actual: t.actual,
    };
  });
  const answers: FloorAnswerReport[] = answered.map((t) => ({
    index: t.index,
    turnId: t.turnId,
    speakerId: t.speakerId,
    round: t.answersRound!,
    status: t.status,
    planned: t.planned,
    actual: t.actual,
  }));
  // Over once the run has ended, or moved past every turn of the block after holding one.
  const positions = run.order.flatMap((id, i) => (run.turns[id]?.segmentId === segmentId ? [i] : []));
  const over = run.status === 'ended' || (turns.some(begun) && run.status === 'running' && positions.every((i) => i < run.current));
  const entries = block.order.map((id) => block.entries[id]!).filter(Boolean);
  const waiting = entries.filter((e) => e.status === 'waiting').map((e) => ({ name: e.name, delegation: e.delegation ?? null }));
  const questionsTime = speakingTime(asked);
  let genders: GenderTotal[] | null = null;
  if (entries.some((e) => e.gender !== undefined)) {
    const genderOf = (g: Gender | null | undefined): Gender => g ?? 'notRecorded';
    genders = GENDERS.map((gender) => {
      const theirs = speakers.filter((s) => genderOf(s.gender) === gender && s.status !== 'skipped' && s.status !== 'notReached');
      const actual = millis(theirs.reduce((a, s) => a + s.actual, 0));
      return {
        gender,
        requests: entries.filter((e) => genderOf(e.gender) === gender).length,
        speakers: theirs.length,
        actual,
        share: questionsTime > 0 ? actual / questionsTime : null,
      };
    });
  }
  return {
    segmentId,
    speakers,
    answers,
    questionsAsked: asked.filter(begun).length,
    rounds: new Set(asked.filter(begun).map((t) => t.round)).size,
    questionsTime,
    answersTime: speakingTime(answered),
    floorTime: speakingTime(floorTurns),
    otherTime: speakingTime(others),
    interjections: millis(turns.reduce((a, t) => a + t.interjections, 0)),
    used: millis(turns.reduce((a, t) => a + t.actual + t.interjections, 0)),
    over,
    waiting,
    closedAt: block.closedAt,
    waitingAtClose: block.waitingAtClose,
    withdrawn: entries.filter((e) => e.status === 'withdrawn').length,
    genders,
  };
}
