/**
 * A small three-party scenario for tests of the engine, the agents and the flow, so that retuning Geneva does
 * not move them. Read the numbers here to see why a test expects what it does.
 *
 * Weights (normalised): upper dam ¼ water ½ monitors ¼; middle ½ ¼ ¼; lower ¼ ¼ ½.
 * Red lines: upper never water=lower-first; middle never dam=large; lower never monitors=none.
 * Walk-away values: upper 60, middle 45, lower 50.
 *
 * Utilities (✗: crosses that party's red line):
 *   text (dam, water, monitors)                  upper  middle  lower
 *   status quo (none, upper-first, none)            75     50     25 ✗  lower refuses it
 *   GOOD (small, shared, joint)                   62.5    100     80    clears every walk-away
 *   (small, upper-first, joint)                   77.5   87.5     65    the Nash point
 *   (none, upper-first, joint)                    62.5   62.5     75    the third text in the zone
 *   upper's favourite (large, upper-first, none)   100   25 ✗    0 ✗
 *   (large, lower-first, none)                    50 ✗   25 ✗   25 ✗  crosses every red line
 * The zone of agreement holds those three texts of the 18.
 *
 * Demands (engine/demand.ts) on the last day of talks (day 5) and at the conference: walk-away + (best −
 * walk-away) × (1 − reach), reach = 0.4 + 0.6 × engagement, a little less with trust and the others' concessions;
 * best is 100 for every party. Met once at the joint visit (engagement 0.2), upper asks about 77 and middle about
 * 69; lower, never consulted, about 80. So GOOD tabled and left brings middle only: not upper (65 after day 3),
 * nor lower, a hair above its 80. The Nash text brings upper and middle, and lower too once consulted four times
 * (it then asks about 63 of its 65; three times leave it at about 65.5). On day 0 every party still asks for
 * nearly its best: a conference called at once is no deal.
 * The fixture sets no ranges: each game draws exactly the values above.
 *
 * Calendar: 6 days (1–7 March 2020), 2 actions a day. Events: day 0 news only; day 1 a meeting with upper and
 * middle; day 3 upper's weight on water rises by 2 (to 4); day 4 a random event (p = 0.5) costs lower 5 trust.
 */
export const FIXTURE_SCENARIO = `schemaVersion: 1
meta:
  id: three-valleys
  title: Three valleys, one river
  language: en
  summary: Three valley towns share one river and must agree on a dam, water and monitors.
  sources:
    - id: gazette
      publisher: The Valley Gazette
      title: Towns meet over the river
      date: 2020-02-20
    - id: radio
      publisher: Valley Radio
      date: 2020-02-25
mediator:
  name: The Envoy
  title: River envoy
  colour: "#5b92e5"
  portrait: envoy
  brief: Bring the three valleys to the river conference.
parties:
  - id: upper
    name: Upper Valley
    leaders:
      - name: Ana Upton
        title: Mayor
    colour: "#4f7a6a"
    portrait: upper
    weights:
      dam: { weight: 1, evidence: { inferred: the dam is built on its land } }
      water: { weight: 2, evidence: { inferred: it drinks first today } }
      monitors: { weight: 1, evidence: { inferred: it dislikes inspectors } }
    values:
      dam:
        none: { points: 0, evidence: { source: gazette, quote: A valley without a dam is a valley without a future. } }
        small: { points: 60, evidence: { inferred: half a dam } }
        large: { points: 100, evidence: { inferred: the dam it wants } }
      water:
        upper-first: { points: 100, evidence: { inferred: as now } }
        shared: { points: 70, evidence: { inferred: a fair quota } }
        lower-first: { points: 0, evidence: { inferred: dry fields } }
      monitors:
        none: { points: 100, evidence: { inferred: as now } }
        joint: { points: 50, evidence: { inferred: tolerable } }
    redLines:
      - issue: water
        option: lower-first
        evidence: { inferred: its fields would dry out }
    walkAway: { value: 60, evidence: { inferred: it gives up much for little } }
    concession: { style: boulware }
    trust: { mediator: 60, parties: { middle: 50, lower: 30 } }
  - id: middle
    name: Middle Valley
    leaders:
      - name: Ben Middleton
        title: Mayor
    colour: "#a08045"
    portrait: middle
    weights:
      dam: { weight: 2, evidence: { inferred: a large dam floods its farms } }
      water: { weight: 1, evidence: { inferred: it gets water either way } }
      monitors: { weight: 1, evidence: { inferred: it wants to see the others keep their word } }
    values:
      dam:
        none: { points: 50, evidence: { inferred: floods each spring } }
        small: { points: 100, evidence: { inferred: flood control } }
        large: { points: 0, evidence: { inferred: drowned farms } }
      water:
        upper-first: { points: 50, evidence: { inferred: enough } }
        shared: { points: 100, evidence: { inferred: reliable } }
        lower-first: { points: 50, evidence: { inferred: enough } }
      monitors:
        none: { points: 50, evidence: { inferred: trust alone } }
        joint: { points: 100, evidence: { inferred: checked } }
    redLines:
      - issue: dam
        option: large
        evidence: { source: radio, quote: We will not drown our farms for their turbines. }
    walkAway: { value: 45, evidence: { inferred: it wants any deal } }
    concession: { style: conceder }
    trust: { mediator: 50, parties: { upper: 50, lower: 50 } }
  - id: lower
    name: Lower Valley
    leaders:
      - name: Cleo Lowe
        title: Mayor
    colour: "#7a6a8f"
    portrait: lower
    weights:
      dam: { weight: 1, evidence: { inferred: a dam slows its river } }
      water: { weight: 1, evidence: { inferred: it drinks last today } }
      monitors: { weight: 2, evidence: { inferred: it has been cheated before } }
    values:
      dam:
        none: { points: 100, evidence: { inferred: a free river } }
        small: { points: 60, evidence: { inferred: a slower river } }
        large: { points: 0, evidence: { inferred: a trickle } }
      water:
        upper-first: { points: 0, evidence: { inferred: as now } }
        shared: { points: 60, evidence: { inferred: a fair quota } }
        lower-first: { points: 100, evidence: { inferred: its turn at last } }
      monitors:
        none: { points: 0, evidence: { inferred: no way to check } }
        joint: { points: 100, evidence: { inferred: checked } }
    redLines:
      - issue: monitors
        option: none
        evidence: { source: radio, quote: We will not sign anything nobody can check. }
    walkAway: { value: 50, evidence: { inferred: it wants its fair share } }
    concession: { style: linear }
    trust: { mediator: 40, parties: { upper: 30, middle: 50 } }
issues:
  - id: dam
    name: The dam
    statusQuo: none
    options:
      - { id: none, label: No dam }
      - { id: small, label: A small dam }
      - { id: large, label: A large dam }
  - id: water
    name: Water in a dry summer
    statusQuo: upper-first
    options:
      - { id: upper-first, label: Upper Valley draws first }
      - { id: shared, label: Shared by quota }
      - { id: lower-first, label: Lower Valley draws first }
  - id: monitors
    name: Monitoring
    statusQuo: none
    options:
      - { id: none, label: No monitors }
      - { id: joint, label: Joint monitors }
calendar:
  start: 2020-03-01
  conference: 2020-03-07
  actionsPerDay: 2
events:
  - id: talks-open
    date: 2020-03-01
    title: The towns agree to talk
    text: The three mayors agree to meet the envoy.
    sources: [gazette]
  - id: joint-visit
    date: 2020-03-02
    title: Upton and Middleton walk the river with you
    text: The mayors of Upper and Middle Valley spend the day with the envoy.
    sources: [radio]
    effects:
      - kind: meeting
        parties: [upper, middle]
  - id: drought-report
    date: 2020-03-04
    title: A dry summer is forecast
    text: The forecast makes water matter more upstream.
    inferred: a plausible forecast
    effects:
      - kind: weight
        party: upper
        issue: water
        delta: 2
  - id: flood-rumour
    date: 2020-03-05
    probability: 0.5
    title: A rumour of a secret deal
    text: Lower Valley hears that the envoy favours the upstream towns.
    inferred: a plausible rumour
    effects:
      - kind: trust
        party: lower
        towards: mediator
        delta: -5
debrief:
  history:
    - date: 2020-03-07
      text: The towns agreed on a small dam, shared water and joint monitors.
      sources: [gazette, radio]
  actualOutcome:
    package: { dam: small, water: shared, monitors: joint }
    attended: [upper, middle, lower]
    note: All three came.
    sources: [gazette]
  questions:
    - Who gave up most?
`;

/** The texts of the table above, as option indices (dam, water, monitors). */
export const FIXTURE_TEXTS = {
  statusQuo: [0, 0, 0],
  good: [1, 1, 1],
  nash: [1, 0, 1],
  upperFavourite: [2, 0, 0],
  everyRedLine: [2, 2, 0],
} as const;
