package argmap

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// Dialogue is the dialogue layer of a map analysed in the Inference
// Anchoring Theory, as AIFdb, OVA3 and corpora such as QT30 record it: who
// said what and when (locutions, AIF L-nodes), how one utterance answers
// another (transitions, TA-nodes) and with what illocutionary force an
// utterance or a transition puts forward a claim or an argument of the map
// (illocutions, YA-nodes). The map's claims and arguments are the
// propositional layer; the dialogue refers to them by ID and they never
// refer to it, so a map without a dialogue is unchanged by this layer.
//
// Dialogue nodes keep the IDs they had in the file they came from (AIF node
// IDs are strings in their own namespace, not UUIDs), so that an analyst's
// export lines up with the corpus it was taken from. Every text is kept as
// written, times included: the corpora write them in several layouts, and
// an export must give them back unchanged.
//
// Edits keep the dialogue consistent: removing a claim or an argument
// removes it from the anchors of every illocution (the utterance was still
// made; it no longer anchors anything in the map), and undo puts it back.
type Dialogue struct {
	Participants []Participant
	Locutions    []Locution
	Transitions  []Transition
	Illocutions  []Illocution
	// NodeIDs are the AIF node IDs the claims and arguments had in the
	// file (I-nodes and S-nodes), so that an export gives them back and
	// the dialogue's edges to them line up with the corpus. Entries of
	// claims and arguments the map no longer has are ignored.
	NodeIDs map[ID]string
}

// Participant is a speaker of the dialogue (an AIF participant).
type Participant struct {
	ID        string // the participantID, referred to by Locution.Speaker
	Firstname string
	Surname   string
}

// Name is the participant's full name.
func (p Participant) Name() string { return strings.TrimSpace(p.Firstname + " " + p.Surname) }

// Layout is where OVA drew a dialogue node, and whether it showed it.
type Layout struct {
	X, Y   float64
	Hidden bool // OVA's "visible": false (its hidden analyst locutions)
}

// Locution is one utterance (an AIF L-node).
type Locution struct {
	ID string
	// Text is the node's text as the file had it, usually with the speaker:
	// "Fiona Bruce : You still have to pay for it".
	Text string
	// Speaker is the participant (or AIFdb person) ID of the locution, ""
	// when the file names none. It need not be in Participants: AIFdb
	// names people by IDs of its own and lists none of them.
	Speaker string
	// Start and End are when it was spoken, Timestamp when it was recorded,
	// each as written ("2020-10-15 23:01:24"), "" when absent.
	Start, End, Timestamp string
	Layout                *Layout // nil when the file had no layout for it
}

// Transition is a move of the dialogue from locutions to the ones that
// answer them (an AIF TA-node).
type Transition struct {
	ID string
	// Text is the node's text, Scheme and SchemeID its scheme (such as
	// "Default Transition", "82"), each as written.
	Text, Scheme, SchemeID, Timestamp string
	// From and To are the IDs of the dialogue nodes it leads from and to:
	// locutions mostly; From also holds transitions (a transition that
	// answers one) and whatever else the file had pointing into it.
	From, To []string
	Layout   *Layout
}

// Illocution is the force ("Asserting", "Arguing", "Disagreeing") with
// which locutions or transitions anchor claims and arguments of the map (an
// AIF YA-node).
type Illocution struct {
	ID                                string
	Text, Scheme, SchemeID, Timestamp string
	// From are the IDs of the locutions or transitions that perform it.
	From []string
	// Anchors are the claims and arguments of the map it anchors.
	Anchors []ID
	// To are the dialogue nodes it anchors: a locution reported by
	// another one ("Ann: Bob said …"), or a transition.
	To     []string
	Layout *Layout
}

// Clone returns a deep copy of the dialogue (nil for nil).
func (d *Dialogue) Clone() *Dialogue {
	if d == nil {
		return nil
	}
	c := &Dialogue{
		Participants: append([]Participant(nil), d.Participants...),
		Locutions:    append([]Locution(nil), d.Locutions...),
		Transitions:  append([]Transition(nil), d.Transitions...),
		Illocutions:  append([]Illocution(nil), d.Illocutions...),
	}
	for i := range c.Locutions {
		c.Locutions[i].Layout = cloneLayout(c.Locutions[i].Layout)
	}
	for i := range c.Transitions {
		t := &c.Transitions[i]
		t.From, t.To = append([]string(nil), t.From...), append([]string(nil), t.To...)
		t.Layout = cloneLayout(t.Layout)
	}
	for i := range c.Illocutions {
		y := &c.Illocutions[i]
		y.From, y.To = append([]string(nil), y.From...), append([]string(nil), y.To...)
		y.Anchors = append([]ID(nil), y.Anchors...)
		y.Layout = cloneLayout(y.Layout)
	}
	if d.NodeIDs != nil {
		c.NodeIDs = make(map[ID]string, len(d.NodeIDs))
		for k, v := range d.NodeIDs {
			c.NodeIDs[k] = v
		}
	}
	return c
}

func cloneLayout(l *Layout) *Layout {
	if l == nil {
		return nil
	}
	c := *l
	return &c
}

// Empty reports whether the dialogue holds nothing (or is nil).
func (d *Dialogue) Empty() bool {
	return d == nil || len(d.Participants)+len(d.Locutions)+len(d.Transitions)+len(d.Illocutions)+len(d.NodeIDs) == 0
}

// Participant returns the participant with the given ID, or nil.
func (d *Dialogue) Participant(id string) *Participant {
	if d == nil {
		return nil
	}
	for i := range d.Participants {
		if d.Participants[i].ID == id {
			return &d.Participants[i]
		}
	}
	return nil
}

// AnchorsOf returns the illocutions that anchor the claim or argument id,
// in dialogue order.
func (d *Dialogue) AnchorsOf(id ID) []*Illocution {
	if d == nil {
		return nil
	}
	var out []*Illocution
	for i := range d.Illocutions {
		for _, a := range d.Illocutions[i].Anchors {
			if a == id {
				out = append(out, &d.Illocutions[i])
				break
			}
		}
	}
	return out
}

// without returns the dialogue with the claims and arguments in gone
// removed from every illocution's anchors: d itself when none of them is
// anchored, else a changed copy, so that undo can put d back as it was.
func (d *Dialogue) without(gone map[ID]bool) *Dialogue {
	if d == nil {
		return nil
	}
	hit := false
	for _, y := range d.Illocutions {
		for _, a := range y.Anchors {
			if gone[a] {
				hit = true
			}
		}
	}
	for id := range d.NodeIDs {
		if gone[id] {
			hit = true
		}
	}
	if !hit {
		return d
	}
	c := d.Clone()
	for id := range gone {
		delete(c.NodeIDs, id)
	}
	for i := range c.Illocutions {
		y := &c.Illocutions[i]
		keep := y.Anchors[:0]
		for _, a := range y.Anchors {
			if !gone[a] {
				keep = append(keep, a)
			}
		}
		if len(keep) == 0 {
			keep = nil
		}
		y.Anchors = keep
	}
	return c
}

// DialogueNodeKind is the AIF type of a dialogue node: "L", "TA" or "YA".
type DialogueNodeKind string

// The kinds of dialogue node.
const (
	LocutionNode   DialogueNodeKind = "L"
	TransitionNode DialogueNodeKind = "TA"
	IllocutionNode DialogueNodeKind = "YA"
)

// Kinds returns the kind of every dialogue node by ID (the first one
// wins for a duplicate ID, which Validate reports).
func (d *Dialogue) Kinds() map[string]DialogueNodeKind {
	if d == nil {
		return nil
	}
	k := make(map[string]DialogueNodeKind, len(d.Locutions)+len(d.Transitions)+len(d.Illocutions))
	add := func(id string, kind DialogueNodeKind) {
		if _, dup := k[id]; !dup {
			k[id] = kind
		}
	}
	for _, l := range d.Locutions {
		add(l.ID, LocutionNode)
	}
	for _, t := range d.Transitions {
		add(t.ID, TransitionNode)
	}
	for _, y := range d.Illocutions {
		add(y.ID, IllocutionNode)
	}
	return k
}

// dialogue reports the problems of m.Dialogue: missing or duplicate
// node and participant IDs, references to dialogue nodes that do not exist, anchors that are no claim or argument of the map.
// Places are "map.dialogue.illocutions[3].anchors[0]".
func (v *validator) dialogue() { v.dialogueOf(v.m.Dialogue) }

// DialogueProblems is what Validate reports of the dialogue d of m (d may
// be a pruned copy of m.Dialogue): the native writer refuses a dialogue
// with an error, so that a saved map always loads.
func DialogueProblems(m *Map, d *Dialogue) Problems {
	v := validator{m: m}
	v.dialogueOf(d)
	return v.ps
}

// dialogueOf checks d as the dialogue of v's map.
func (v *validator) dialogueOf(d *Dialogue) {
	if d == nil {
		return
	}
	const at = "map.dialogue."
	pids := make(map[string]bool, len(d.Participants))
	for i, p := range d.Participants {
		place := fmt.Sprintf("%sparticipants[%d].id", at, i)
		switch {
		case p.ID == "":
			v.add(SeverityError, place, "missing ID")
		case pids[p.ID]:
			v.add(SeverityError, place, "duplicate participant ID %q", p.ID)
		}
		pids[p.ID] = true
	}
	seen := map[string]bool{}
	node := func(list string, i int, id string) {
		place := fmt.Sprintf("%s%s[%d].id", at, list, i)
		switch {
		case id == "":
			v.add(SeverityError, place, "missing ID")
		case seen[id]:
			v.add(SeverityError, place, "duplicate dialogue node ID %q", id)
		}
		seen[id] = true
	}
	for i, l := range d.Locutions {
		node("locutions", i, l.ID)
	}
	for i, t := range d.Transitions {
		node("transitions", i, t.ID)
	}
	for i, y := range d.Illocutions {
		node("illocutions", i, y.ID)
	}
	kinds := d.Kinds()
	refs := func(list string, i int, field string, ids []string) {
		for j, id := range ids {
			if _, ok := kinds[id]; !ok {
				v.add(SeverityError, fmt.Sprintf("%s%s[%d].%s[%d]", at, list, i, field, j), "unknown dialogue node %q", id)
			}
		}
	}
	for i, t := range d.Transitions {
		refs("transitions", i, "from", t.From)
		refs("transitions", i, "to", t.To)
	}
	var bad []ID // in ID order, so that the report is the same every time
	for id, n := range d.NodeIDs {
		if v.m.Claim(id) == nil && v.m.Argument(id) == nil || n == "" {
			bad = append(bad, id)
		}
	}
	slices.SortFunc(bad, func(a, b ID) int { return strings.Compare(a.String(), b.String()) })
	for _, id := range bad {
		if n := d.NodeIDs[id]; n == "" {
			v.add(SeverityError, at+"nodeIDs", "empty node ID for %s", short(id))
		} else {
			v.add(SeverityError, at+"nodeIDs", "node ID %q of an unknown claim or argument %s", n, short(id))
		}
	}
	for i, y := range d.Illocutions {
		refs("illocutions", i, "from", y.From)
		refs("illocutions", i, "to", y.To)
		for j, a := range y.Anchors {
			if v.m.Claim(a) == nil && v.m.Argument(a) == nil {
				v.add(SeverityError, fmt.Sprintf("%sillocutions[%d].anchors[%d]", at, i, j), "unknown claim or argument %s", short(a))
			}
		}
	}
}

// Speaker is who spoke the locution: the participant its Speaker names
// when the dialogue lists one, else the name its text starts with
// ("Fiona Bruce : …", "Rachel: …"; in reported speech, "Ella : Paul : …",
// the first one, who spoke), else "".
func (d *Dialogue) Speaker(l *Locution) string {
	if p := d.Participant(l.Speaker); p != nil && p.Name() != "" {
		return p.Name()
	}
	name, _ := splitSpeaker(l.Text)
	return name
}

// Words is the locution's text without the speaker's name in front.
func (l *Locution) Words() string {
	_, words := splitSpeaker(l.Text)
	return words
}

func splitSpeaker(text string) (name, words string) {
	if i := strings.Index(text, ":"); i > 0 && i < 80 {
		return strings.TrimSpace(text[:i]), strings.TrimLeft(text[i+1:], " \u00a0")
	}
	return "", text
}

// Time layouts seen in dialogue corpora: AIFdb's, ISO 8601, and
// JavaScript's Date.toString() in OVA3 exports.
var dialogueTimeLayouts = []string{"2006-01-02 15:04:05", time.RFC3339, "Mon Jan 02 2006 15:04:05 GMT-0700"}

// SpokenAt is when the locution was uttered (Start), else when it was
// recorded (Timestamp), in UTC; zero when neither can be read.
func (l *Locution) SpokenAt() time.Time {
	for _, s := range []string{l.Start, l.Timestamp} {
		if i := strings.Index(s, " ("); i > 0 {
			s = s[:i] // "… GMT+0000 (Greenwich Mean Time)"
		}
		s = strings.TrimSpace(s)
		for _, layout := range dialogueTimeLayouts {
			if t, err := time.Parse(layout, s); err == nil && s != "" {
				return t.UTC()
			}
		}
	}
	return time.Time{}
}

// checkDialogue is CheckLimits for the dialogue: counts, texts and layout
// coordinates. Places are made only for a fault.
func checkDialogue(d *Dialogue) error {
	if d == nil {
		return nil
	}
	for _, l := range [...]struct {
		name string
		n    int
	}{{"participants", len(d.Participants)}, {"locutions", len(d.Locutions)}, {"transitions", len(d.Transitions)}, {"illocutions", len(d.Illocutions)}} {
		if l.n > MaxItems {
			return &DecodeError{Kind: KindLimit, Place: "map.dialogue." + l.name, Message: fmt.Sprintf("%d entries; the limit is %d", l.n, MaxItems)}
		}
	}
	texts := func(list string, i int, names []string, ss ...string) error {
		for k, s := range ss {
			if utf8.ValidString(s) && len(s) <= MaxText {
				continue
			}
			if err := checkText(fmt.Sprintf("map.dialogue.%s[%d].%s", list, i, names[k]), s); err != nil {
				return err
			}
		}
		return nil
	}
	layout := func(list string, i int, l *Layout) error {
		if l == nil {
			return nil
		}
		for _, v := range [2]float64{l.X, l.Y} {
			if math.IsNaN(v) || math.IsInf(v, 0) || math.Abs(v) > MaxCoord {
				return &DecodeError{Kind: KindLimit, Place: fmt.Sprintf("map.dialogue.%s[%d].layout", list, i), Message: fmt.Sprintf("coordinate %g is out of range (the limit is ±%g)", v, MaxCoord)}
			}
		}
		return nil
	}
	if len(d.NodeIDs) > 2*MaxItems {
		return &DecodeError{Kind: KindLimit, Place: "map.dialogue.nodeIDs", Message: fmt.Sprintf("%d entries; the limit is %d", len(d.NodeIDs), 2*MaxItems)}
	}
	for _, n := range d.NodeIDs {
		if !utf8.ValidString(n) || len(n) > MaxText {
			if err := checkText("map.dialogue.nodeIDs", n); err != nil {
				return err
			}
		}
	}
	for i, p := range d.Participants {
		if err := texts("participants", i, participantFields, p.ID, p.Firstname, p.Surname); err != nil {
			return err
		}
	}
	node := dialogueNodeFields
	refs := func(list string, i int, field string, ids []string) error {
		if len(ids) > MaxItems {
			return &DecodeError{Kind: KindLimit, Place: fmt.Sprintf("map.dialogue.%s[%d].%s", list, i, field), Message: fmt.Sprintf("%d entries; the limit is %d", len(ids), MaxItems)}
		}
		for j, id := range ids {
			if utf8.ValidString(id) && len(id) <= MaxText {
				continue
			}
			if err := checkText(fmt.Sprintf("map.dialogue.%s[%d].%s[%d]", list, i, field, j), id); err != nil {
				return err
			}
		}
		return nil
	}
	for i, l := range d.Locutions {
		if err := texts("locutions", i, locutionFields, l.ID, l.Text, l.Speaker, l.Start, l.End, l.Timestamp); err != nil {
			return err
		}
		if err := layout("locutions", i, l.Layout); err != nil {
			return err
		}
	}
	for i, t := range d.Transitions {
		if err := texts("transitions", i, node, t.ID, t.Text, t.Scheme, t.SchemeID, t.Timestamp); err != nil {
			return err
		}
		if err := refs("transitions", i, "from", t.From); err != nil {
			return err
		}
		if err := refs("transitions", i, "to", t.To); err != nil {
			return err
		}
		if err := layout("transitions", i, t.Layout); err != nil {
			return err
		}
	}
	for i, y := range d.Illocutions {
		if err := texts("illocutions", i, node, y.ID, y.Text, y.Scheme, y.SchemeID, y.Timestamp); err != nil {
			return err
		}
		if err := refs("illocutions", i, "from", y.From); err != nil {
			return err
		}
		if err := refs("illocutions", i, "to", y.To); err != nil {
			return err
		}
		if len(y.Anchors) > MaxItems {
			return &DecodeError{Kind: KindLimit, Place: fmt.Sprintf("map.dialogue.illocutions[%d].anchors", i), Message: fmt.Sprintf("%d entries; the limit is %d", len(y.Anchors), MaxItems)}
		}
		if err := layout("illocutions", i, y.Layout); err != nil {
			return err
		}
	}
	return nil
}

// The names of the fields checkDialogue checks, in its order.
var (
	participantFields  = []string{"id", "firstname", "surname"}
	locutionFields     = []string{"id", "text", "speaker", "start", "end", "timestamp"}
	dialogueNodeFields = []string{"id", "text", "scheme", "schemeID", "timestamp"}
)

// Pruned returns the dialogue without the anchors to (and node IDs of)
// claims and arguments that m does not have (d itself when it has none of them), for a
// dialogue taken into another map, as a merge does.
func (d *Dialogue) Pruned(m *Map) *Dialogue {
	if d == nil {
		return nil
	}
	gone := map[ID]bool{}
	for _, y := range d.Illocutions {
		for _, a := range y.Anchors {
			if m.Claim(a) == nil && m.Argument(a) == nil {
				gone[a] = true
			}
		}
	}
	for id := range d.NodeIDs {
		if m.Claim(id) == nil && m.Argument(id) == nil {
			gone[id] = true
		}
	}
	if len(gone) == 0 {
		return d
	}
	return d.without(gone)
}
