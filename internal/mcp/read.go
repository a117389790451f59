package mcp

import (
	"context"
	"encoding/base64"
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/eval"
	"github.com/argmap/argmap/argmap/formats"
	"github.com/argmap/argmap/argmap/formats/placement"
	"github.com/argmap/argmap/argmap/layout"
	"github.com/argmap/argmap/argmap/outline"
	"github.com/argmap/argmap/argmap/semantics"
	sdk "github.com/modelcontextprotocol/go-sdk/mcp"
)

// ClaimView is a claim as the tools show it.
type ClaimView struct {
	ID         string `json:"id"`
	Text       string `json:"text"`
	Role       string `json:"role" jsonschema:"the part the claim plays: main, conclusion, premise, objection, rebuttal, undercutter or orphan"`
	Assessment string `json:"assessment,omitempty" jsonschema:"the user's assessment: accepted, questioned or rejected"`
	Pending    bool   `json:"pending,omitempty" jsonschema:"a suggestion not yet accepted by the user"`
	By         string `json:"by,omitempty" jsonschema:"who proposed it, for a pending suggestion"`
}

// ArgumentView is an argument as the tools show it.
type ArgumentView struct {
	ID       string   `json:"id"`
	Premises []string `json:"premises" jsonschema:"the IDs of the premise claims (linked premises when more than one)"`
	Target   string   `json:"target" jsonschema:"the ID of the claim (or, for an undercutter, the argument) it supports or attacks"`
	Polarity string   `json:"polarity" jsonschema:"pro (supports) or con (attacks)"`
	Scheme   string   `json:"scheme,omitempty" jsonschema:"the argumentation scheme, such as expert-opinion"`
	// Questions are the scheme's critical questions, filled in with the
	// argument's claims, in the order propose_critical_question numbers them.
	Questions []string `json:"critical_questions,omitempty" jsonschema:"the scheme's critical questions, numbered from 0 by propose_critical_question"`
	Pending   bool     `json:"pending,omitempty" jsonschema:"a suggestion not yet accepted by the user"`
	By        string   `json:"by,omitempty" jsonschema:"who proposed it, for a pending suggestion"`
}

// ChallengeView is a challenge (an objection, an undercut, a question) as
// the tools show it.
type ChallengeView struct {
	ID       string `json:"id"`
	Kind     string `json:"kind" jsonschema:"object, undercut, question or critical-question"`
	Target   string `json:"target" jsonschema:"the ID of the claim or argument challenged"`
	Argument string `json:"argument,omitempty" jsonschema:"the con argument the challenge added"`
	Question *int   `json:"question,omitempty" jsonschema:"the index of the critical question asked"`
	Status   string `json:"status" jsonschema:"open, answered or withdrawn"`
	Author   string `json:"author,omitempty"`
	Note     string `json:"note,omitempty"`
	Pending  bool   `json:"pending,omitempty" jsonschema:"a suggestion not yet accepted by the user"`
	By       string `json:"by,omitempty" jsonschema:"who proposed it, for a pending suggestion"`
}

// GetMapIn are the arguments of get_map.
type GetMapIn struct {
	Claim string `json:"claim,omitempty" jsonschema:"the ID of one claim: only it, the arguments from and to it and the challenges on it (default: the whole map)"`
}

// MapView is the result of get_map.
type MapView struct {
	Title      string          `json:"title"`
	Claims     []ClaimView     `json:"claims"`
	Arguments  []ArgumentView  `json:"arguments"`
	Challenges []ChallengeView `json:"challenges"`
}

// OutlineIn are the arguments of outline (none).
type OutlineIn struct{}

// OutlineOut is the result of outline.
type OutlineOut struct {
	Markdown string `json:"markdown" jsonschema:"the outline: each thesis with its reasons and objections nested, every claim marked IN, OUT or UNDEC"`
}

// EvaluateIn are the arguments of evaluate.
type EvaluateIn struct {
	Semantics string `json:"semantics,omitempty" jsonschema:"grounded (default: what stands for sure) or preferred (what stands in some or every consistent view)"`
}

// EvalClaim is one claim in the result of evaluate.
type EvalClaim struct {
	ID     string `json:"id"`
	Text   string `json:"text"`
	Label  string `json:"label" jsonschema:"IN (stands), OUT (defeated) or UNDEC (undecided)"`
	Reason string `json:"reason" jsonschema:"why, in one sentence"`
	// Because lists the claims the reason names (grounded only).
	Because []string `json:"because,omitempty" jsonschema:"the IDs of the claims the reason names (grounded only)"`
	// Credulous and Sceptical are the preferred semantics' verdicts.
	Credulous *bool `json:"credulous,omitempty" jsonschema:"preferred only: IN in some preferred labelling"`
	Sceptical *bool `json:"sceptical,omitempty" jsonschema:"preferred only: IN in every preferred labelling"`
}

// EvalCounts counts the labels.
type EvalCounts struct {
	In    int `json:"in"`
	Out   int `json:"out"`
	Undec int `json:"undec"`
}

// EvaluateOut is the result of evaluate.
type EvaluateOut struct {
	Semantics string      `json:"semantics"`
	Complete  bool        `json:"complete" jsonschema:"false when the preferred search stopped early (labels sound, may miss acceptance)"`
	Counts    EvalCounts  `json:"counts"`
	Claims    []EvalClaim `json:"claims"`
}

// FindIn are the arguments of find_claims.
type FindIn struct {
	Query string `json:"query" jsonschema:"words that must all occur in the claim's text, in any case and order"`
	Limit int    `json:"limit,omitempty" jsonschema:"at most this many claims (default 20)"`
}

// FindOut is the result of find_claims.
type FindOut struct {
	Claims []ClaimView `json:"claims"`
	Total  int         `json:"total" jsonschema:"how many claims matched, beyond the limit too"`
}

// LayoutIn are the arguments of layout.
type LayoutIn struct {
	Auto bool `json:"auto,omitempty" jsonschema:"lay the map out automatically (pinned claims stay) and give those positions; the file is not changed"`
}

// Position is where a claim's card is.
type Position struct {
	ID     string  `json:"id"`
	X      float64 `json:"x" jsonschema:"the centre of the card, in map units (pixels at zoom 1)"`
	Y      float64 `json:"y"`
	Pinned bool    `json:"pinned,omitempty" jsonschema:"placed by the user: auto-layout leaves it"`
}

// LayoutOut is the result of layout.
type LayoutOut struct {
	Claims []Position `json:"claims"`
}

// ExportIn are the arguments of export.
type ExportIn struct {
	Format string `json:"format" jsonschema:"the format's name, as the tool's description lists them: json (native), argdown, aif, md (the outline), essay, dot, svg, png, pdf …"`
}

// ExportOut is the result of export.
type ExportOut struct {
	Format string `json:"format"`
	Title  string `json:"title" jsonschema:"the format's full name"`
	Text   string `json:"text" jsonschema:"the map in that format; base64 when encoding says so"`
	// Encoding is "base64" for a format that is not text (PNG, PDF).
	Encoding string `json:"encoding,omitempty" jsonschema:"base64 for a format that is not text (png, pdf); absent for text"`
}

// maxWords bounds the words of a query, so that a search takes time
// linear in the map.
const maxWords = 32

// maxFind is the default number of claims find_claims returns.
const maxFind = 20

// preferredTimeout bounds the preferred search, so that a call on a huge
// map answers (with complete false) rather than hang the client.
const preferredTimeout = 10 * time.Second

func (s *Server) addReadTools() {
	sdk.AddTool(s.srv, &sdk.Tool{
		Name:        "get_map",
		Title:       "Read the map",
		Description: "The map's title, its claims (ID, text, role), its arguments (ID, premise IDs, target ID, pro/con, scheme, critical questions) and its challenges; or, with claim, one claim with the arguments from and to it. Pending suggestions are marked.",
		Annotations: &sdk.ToolAnnotations{ReadOnlyHint: true},
	}, func(ctx context.Context, req *sdk.CallToolRequest, in GetMapIn) (*sdk.CallToolResult, MapView, error) {
		var out MapView
		err := s.read(func(d *doc) error {
			var err error
			out, err = mapView(d.m, in.Claim)
			return err
		})
		return nil, out, err
	})
	sdk.AddTool(s.srv, &sdk.Tool{
		Name:        "outline",
		Title:       "Outline",
		Description: "The map as a Markdown outline: each thesis (the main claim first) with its reasons and objections nested, every claim marked IN, OUT or UNDEC, then the other claims and the open challenges. Suggestions and private comments are left out.",
		Annotations: &sdk.ToolAnnotations{ReadOnlyHint: true},
	}, func(ctx context.Context, req *sdk.CallToolRequest, in OutlineIn) (*sdk.CallToolResult, OutlineOut, error) {
		var out OutlineOut
		err := s.read(func(d *doc) error {
			out.Markdown = string(outline.BuildWith(shown(d.m).WithoutPrivate(), d.ev.Labels()).Markdown())
			return nil
		})
		return nil, out, err
	})
	sdk.AddTool(s.srv, &sdk.Tool{
		Name:        "evaluate",
		Title:       "What stands",
		Description: "Labels every claim IN (stands), OUT (defeated) or UNDEC, with the reason in one sentence. semantics: grounded (default) or preferred (adds credulous/sceptical). Pending suggestions do not count until accepted.",
		Annotations: &sdk.ToolAnnotations{ReadOnlyHint: true},
	}, func(ctx context.Context, req *sdk.CallToolRequest, in EvaluateIn) (*sdk.CallToolResult, EvaluateOut, error) {
		var out EvaluateOut
		err := s.read(func(d *doc) error {
			var err error
			out, err = evaluate(ctx, shown(d.m), in.Semantics, d.ev.Labels)
			return err
		})
		return nil, out, err
	})
	sdk.AddTool(s.srv, &sdk.Tool{
		Name:        "find_claims",
		Title:       "Find claims",
		Description: "The claims whose text holds every word of query (any case, any order), in map order, at most limit (default 20), with how many matched in all.",
		Annotations: &sdk.ToolAnnotations{ReadOnlyHint: true},
	}, func(ctx context.Context, req *sdk.CallToolRequest, in FindIn) (*sdk.CallToolResult, FindOut, error) {
		var out FindOut
		err := s.read(func(d *doc) error {
			var err error
			out, err = find(d.m, in)
			return err
		})
		return nil, out, err
	})
	sdk.AddTool(s.srv, &sdk.Tool{
		Name:        "layout",
		Title:       "Layout",
		Description: "Where each claim's card is on the map (centre, map units) and whether the user pinned it; with auto, the positions Argmap's automatic layout would give (pinned claims stay), without changing the file.",
		Annotations: &sdk.ToolAnnotations{ReadOnlyHint: true},
	}, func(ctx context.Context, req *sdk.CallToolRequest, in LayoutIn) (*sdk.CallToolResult, LayoutOut, error) {
		var out LayoutOut
		err := s.read(func(d *doc) error {
			var err error
			out, err = positions(d.m, in.Auto)
			return err
		})
		return nil, out, err
	})
	sdk.AddTool(s.srv, &sdk.Tool{
		Name:        "export",
		Title:       "Export",
		Description: "The map written in a format Argmap exports, by name (" + exportNames(s.doc.set) + "); private comments and pending suggestions are left out, as in the app's exports.",
		Annotations: &sdk.ToolAnnotations{ReadOnlyHint: true},
	}, func(ctx context.Context, req *sdk.CallToolRequest, in ExportIn) (*sdk.CallToolResult, ExportOut, error) {
		var out ExportOut
		err := s.read(func(d *doc) error {
			var err error
			out, err = export(d.set, d.m, in.Format)
			return err
		})
		return nil, out, err
	})
}

// mapView shows the whole map, or one claim and what touches it.
func mapView(m *argmap.Map, claim string) (MapView, error) {
	v := MapView{Title: m.Meta.Title, Claims: []ClaimView{}, Arguments: []ArgumentView{}, Challenges: []ChallengeView{}}
	roles := m.Roles()
	if claim == "" {
		for _, c := range m.Claims {
			v.Claims = append(v.Claims, claimView(m, c, roles))
		}
		for _, a := range m.Arguments {
			v.Arguments = append(v.Arguments, argumentView(m, a))
		}
		for _, ch := range m.Challenges {
			v.Challenges = append(v.Challenges, challengeView(m, ch))
		}
		return v, nil
	}
	id, err := claimID(m, "claim", claim)
	if err != nil {
		return v, err
	}
	v.Claims = append(v.Claims, claimView(m, m.Claim(id), roles))
	for _, a := range m.Arguments {
		if a.Target == id || a.HasPremise(id) {
			v.Arguments = append(v.Arguments, argumentView(m, a))
		}
	}
	for _, ch := range m.Challenges {
		if ch.Target == id {
			v.Challenges = append(v.Challenges, challengeView(m, ch))
		}
	}
	return v, nil
}

func claimView(m *argmap.Map, c *argmap.Claim, roles map[argmap.ID]argmap.Role) ClaimView {
	v := ClaimView{ID: c.ID.String(), Text: c.Text, Role: string(roles[c.ID]), Assessment: string(c.Assessment)}
	v.Pending, v.By = pending(m, c.ID)
	return v
}

func argumentView(m *argmap.Map, a *argmap.Argument) ArgumentView {
	v := ArgumentView{ID: a.ID.String(), Target: a.Target.String(), Polarity: string(a.Polarity), Scheme: a.Scheme, Premises: []string{}}
	for _, p := range a.Premises {
		v.Premises = append(v.Premises, p.String())
	}
	if a.Scheme != "" {
		v.Questions = m.QuestionTexts(a.ID)
	}
	v.Pending, v.By = pending(m, a.ID)
	return v
}

func challengeView(m *argmap.Map, ch *argmap.Challenge) ChallengeView {
	v := ChallengeView{ID: ch.ID.String(), Kind: string(ch.Kind), Target: ch.Target.String(),
		Status: string(ch.Status), Author: ch.Author, Note: ch.Note}
	if ch.Argument != argmap.NilID {
		v.Argument = ch.Argument.String()
	}
	if ch.Kind == argmap.CriticalQuestion {
		q := ch.Question
		v.Question = &q
	}
	v.Pending, v.By = pending(m, ch.ID)
	return v
}

// evaluate labels the claims of m in the semantics named; grounded gives
// m's grounded labelling (the server's evaluator, kept in step with the
// edits, or eval.Evaluate).
func evaluate(ctx context.Context, m *argmap.Map, sem string, grounded func() *eval.Labelling) (EvaluateOut, error) {
	if sem == "" {
		sem = "grounded"
	}
	out := EvaluateOut{Semantics: sem, Complete: true, Claims: []EvalClaim{}}
	var label func(argmap.ID) eval.Label
	// explain gives the reason and the claims it rests on at once: the
	// grounded explanation is the tool's main cost, and asking for the two
	// apart made it twice.
	var explain func(argmap.ID) (string, []argmap.ID)
	var pref *semantics.Result
	switch sem {
	case "grounded":
		l := grounded()
		label, explain = l.Claim, l.Explain
	case "preferred":
		ctx, cancel := context.WithTimeout(ctx, preferredTimeout)
		defer cancel()
		pref = semantics.Preferred(ctx, m, semantics.Options{})
		label = pref.Label
		explain = func(id argmap.ID) (string, []argmap.ID) { return pref.Reason(id), nil }
		out.Complete = pref.Complete
	default:
		return out, fmt.Errorf("semantics %q: grounded or preferred", sem)
	}
	for _, c := range m.Claims {
		x := label(c.ID)
		switch x {
		case eval.In:
			out.Counts.In++
		case eval.Out:
			out.Counts.Out++
		default:
			out.Counts.Undec++
		}
		reason, because := explain(c.ID)
		ec := EvalClaim{ID: c.ID.String(), Text: c.Text, Label: x.String(), Reason: reason}
		for _, id := range because {
			ec.Because = append(ec.Because, id.String())
		}
		if pref != nil {
			cr, sc := pref.Credulous(c.ID), pref.Sceptical(c.ID)
			ec.Credulous, ec.Sceptical = &cr, &sc
		}
		out.Claims = append(out.Claims, ec)
	}
	return out, nil
}

// find lists the claims holding every word of the query.
func find(m *argmap.Map, in FindIn) (FindOut, error) {
	out := FindOut{Claims: []ClaimView{}}
	if err := checkText("query", in.Query); err != nil {
		return out, err
	}
	words := strings.Fields(strings.ToLower(in.Query))
	if len(words) == 0 {
		return out, fmt.Errorf("query: give at least one word to look for")
	}
	if len(words) > maxWords {
		return out, fmt.Errorf("query: %d words; at most %d", len(words), maxWords)
	}
	limit := in.Limit
	if limit <= 0 {
		limit = maxFind
	}
	roles := m.Roles()
	for _, c := range m.Claims {
		text := strings.ToLower(c.Text)
		all := true
		for _, w := range words {
			if !strings.Contains(text, w) {
				all = false
				break
			}
		}
		if !all {
			continue
		}
		out.Total++
		if len(out.Claims) < limit {
			out.Claims = append(out.Claims, claimView(m, c, roles))
		}
	}
	return out, nil
}

// positions lists where the claims are, or where the layout would put them.
func positions(m *argmap.Map, auto bool) (LayoutOut, error) {
	out := LayoutOut{Claims: []Position{}}
	pos := func(c *argmap.Claim) argmap.Point { return c.Pos }
	if auto {
		if n := max(len(m.Claims), len(m.Arguments)); n > placement.MaxFullLayout {
			// The full layout's time grows faster than the map: a call
			// must answer in bounded time.
			return out, fmt.Errorf("auto: the map has %d claims or arguments; the automatic layout is offered up to %d (without auto, the map's own positions)", n, placement.MaxFullLayout)
		}
		laid := layout.Layout(m, layout.EstimateSize(m), layout.Options{})
		pos = func(c *argmap.Claim) argmap.Point {
			if p, ok := laid[c.ID]; ok {
				return p
			}
			return c.Pos
		}
	}
	for _, c := range m.Claims {
		p := pos(c)
		out.Claims = append(out.Claims, Position{ID: c.ID.String(), X: p.X, Y: p.Y, Pinned: c.Pinned})
	}
	return out, nil
}

// exportNames lists the formats export writes.
func exportNames(set *formats.Set) string {
	var names []string
	for _, f := range set.All() {
		if f.Encode != nil {
			names = append(names, f.Name)
		}
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}

// export writes the map in the format named.
func export(set *formats.Set, m *argmap.Map, name string) (ExportOut, error) {
	f := set.ByName(name)
	if f == nil || f.Encode == nil {
		return ExportOut{}, fmt.Errorf("format %q: unknown; the formats are %s", name, exportNames(set))
	}
	data, err := f.Encode(shown(m).WithoutPrivate())
	if err != nil {
		return ExportOut{}, fmt.Errorf("%s: %w", f.Title, err)
	}
	if !utf8.Valid(data) {
		return ExportOut{Format: f.Name, Title: f.Title, Text: base64.StdEncoding.EncodeToString(data), Encoding: "base64"}, nil
	}
	return ExportOut{Format: f.Name, Title: f.Title, Text: string(data)}, nil
}
