/** A small valid scenario for tests: two parties, two issues, one source; fictional, so it needs no history. */
export const MINIMAL_SCENARIO = `schemaVersion: 2
meta:
  id: harbour
  title: Harbour dispute
  kind: fictional
  language: en
  summary: Two towns share one harbour.
  sources:
    - id: paper
      publisher: The Paper
      date: 2020-01-01
mediator:
  name: The Mediator
  title: Envoy
  colour: "#5b92e5"
  portrait: envoy
  brief: Bring both towns to the table.
parties:
  - id: north
    name: North Town
    leaders:
      - name: Ada North
        title: Mayor
    colour: "#4f7a6a"
    portrait: north
    weights:
      fees: { weight: 2, evidence: { inferred: fees matter most } }
      berths: { weight: 1, evidence: { source: paper, quote: North wants berths. } }
    values:
      fees:
        low: { points: 100, evidence: { inferred: cheap } }
        high: { points: 0, evidence: { inferred: dear } }
      berths:
        north: { points: 100, evidence: { inferred: ours } }
        south: { points: 20, evidence: { inferred: theirs } }
    walkAway: { value: 40, evidence: { inferred: needs a little } }
    concession: { style: linear }
    trust: { mediator: 50, parties: { south: 30 } }
  - id: south
    name: South Town
    leaders:
      - name: Ben South
        title: Mayor
    colour: "#a08045"
    portrait: south
    weights:
      fees: { weight: 1, evidence: { inferred: fees matter } }
      berths: { weight: 1, evidence: { inferred: berths matter } }
    values:
      fees:
        low: { points: 10, evidence: { inferred: loses income } }
        high: { points: 100, evidence: { inferred: gains income } }
      berths:
        north: { points: 30, evidence: { inferred: theirs } }
        south: { points: 100, evidence: { inferred: ours } }
    walkAway: { value: 40, evidence: { inferred: needs a little } }
    concession: { style: boulware }
    trust: { mediator: 50, parties: { north: 30 } }
issues:
  - id: fees
    name: Harbour fees
    statusQuo: high
    options:
      - { id: low, label: Low fees }
      - { id: high, label: High fees }
  - id: berths
    name: Who gets the berths
    statusQuo: north
    options:
      - { id: north, label: North's berths }
      - { id: south, label: South's berths }
calendar:
  start: 2020-02-01
  conference: 2020-02-05
  actionsPerDay: 2
`;
