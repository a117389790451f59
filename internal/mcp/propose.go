package mcp

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/layout"
	sdk "github.com/modelcontextprotocol/go-sdk/mcp"
)

// ProposeClaimIn are the arguments of propose_claim.
type ProposeClaimIn struct {
	Text string `json:"text" jsonschema:"the claim: one statement, as it would stand on a card"`
	Note string `json:"note,omitempty" jsonschema:"why you propose it, for the user (optional)"`
}

// ProposeArgumentIn are the arguments of propose_argument.
type ProposeArgumentIn struct {
	Premises    []string `json:"premises,omitempty" jsonschema:"IDs of claims already on the map that are the premises (linked premises when more than one)"`
	NewPremises []string `json:"new_premises,omitempty" jsonschema:"texts of new claims to propose as further premises"`
	Target      string   `json:"target" jsonschema:"the ID of the claim the argument supports or attacks, or of an argument (a con argument on an argument undercuts it)"`
	Polarity    string   `json:"polarity" jsonschema:"pro (supports the target) or con (attacks it)"`
	Scheme      string   `json:"scheme,omitempty" jsonschema:"an argumentation scheme of Argmap's catalogue, such as expert-opinion (optional)"`
	Note        string   `json:"note,omitempty" jsonschema:"why you propose it, for the user (optional)"`
}

// ProposeObjectionIn are the arguments of propose_objection.
type ProposeObjectionIn struct {
	Target string `json:"target" jsonschema:"the ID of the claim objected to, or of an argument whose inference is undercut"`
	Text   string `json:"text" jsonschema:"the objection: the claim that speaks against the target"`
	Note   string `json:"note,omitempty" jsonschema:"why you propose it, for the user (optional)"`
}

// ProposeQuestionIn are the arguments of propose_critical_question.
type ProposeQuestionIn struct {
	Argument string `json:"argument" jsonschema:"the ID of an argument with a scheme"`
	Question int    `json:"question" jsonschema:"the index of the critical question, from 0, in the order get_map lists them"`
	Note     string `json:"note,omitempty" jsonschema:"why you ask it, for the user (optional)"`
}

// Proposed is what a propose tool added, every item a pending suggestion.
type Proposed struct {
	Claims     []string `json:"claims,omitempty" jsonschema:"IDs of the claims proposed"`
	Argument   string   `json:"argument,omitempty" jsonschema:"the ID of the argument proposed"`
	Premises   []string `json:"premises,omitempty" jsonschema:"propose_argument: the IDs of all its premises, given and new, in order"`
	Challenge  string   `json:"challenge,omitempty" jsonschema:"the ID of the challenge proposed (objection, undercut, critical question)"`
	Question   string   `json:"question,omitempty" jsonschema:"propose_critical_question: the question asked"`
	By         string   `json:"by" jsonschema:"the source the suggestions are listed under in Argmap"`
	Pending    bool     `json:"pending" jsonschema:"always true: the user accepts or rejects suggestions in Argmap"`
	SavedBytes int      `json:"saved_bytes" jsonschema:"the size of the map file as saved"`
}

// by names the client, as the Suggestions panel lists its proposals.
func by(req *sdk.CallToolRequest) string {
	if req != nil && req.Session != nil {
		if p := req.Session.InitializeParams(); p != nil && p.ClientInfo != nil {
			if n := strings.TrimSpace(p.ClientInfo.Name); n != "" {
				return clip(n)
			}
		}
	}
	return "MCP assistant"
}

func (s *Server) addProposeTools() {
	sdk.AddTool(s.srv, &sdk.Tool{
		Name:        "propose_claim",
		Title:       "Propose a claim",
		Description: "Adds a claim to the map as a pending suggestion (the user accepts or rejects it in Argmap). Returns its ID, to use as a premise or target.",
	}, func(ctx context.Context, req *sdk.CallToolRequest, in ProposeClaimIn) (*sdk.CallToolResult, Proposed, error) {
		out := Proposed{By: by(req), Pending: true}
		err := s.change(func(m *argmap.Map, p argmap.Proposal) (argmap.Edit, []argmap.ID, error) {
			if err := checkClaimText("text", in.Text); err != nil {
				return nil, nil, err
			}
			c := &argmap.Claim{ID: s.mint.ID(), Text: in.Text}
			out.Claims = []string{c.ID.String()}
			return argmap.Propose(p, argmap.AddClaim(c)), []argmap.ID{c.ID}, nil
		}, in.Note, &out, nil)
		return nil, out, err
	})
	sdk.AddTool(s.srv, &sdk.Tool{
		Name:        "propose_argument",
		Title:       "Propose an argument",
		Description: "Adds an argument from premises (IDs of claims on the map, and/or texts of new claims) to a target claim or argument, pro or con, as a pending suggestion. A premise cannot be the target (a claim cannot conclude itself).",
	}, func(ctx context.Context, req *sdk.CallToolRequest, in ProposeArgumentIn) (*sdk.CallToolResult, Proposed, error) {
		out := Proposed{By: by(req), Pending: true}
		err := s.change(func(m *argmap.Map, p argmap.Proposal) (argmap.Edit, []argmap.ID, error) {
			return proposeArgument(s.mint.IDs, m, p, in, &out)
		}, in.Note, &out, nil)
		return nil, out, err
	})
	sdk.AddTool(s.srv, &sdk.Tool{
		Name:        "propose_objection",
		Title:       "Propose an objection",
		Description: "Objects to a claim (or undercuts an argument) with a new claim: the claim, a con argument from it to the target and an open challenge recording it, all as pending suggestions.",
	}, func(ctx context.Context, req *sdk.CallToolRequest, in ProposeObjectionIn) (*sdk.CallToolResult, Proposed, error) {
		out := Proposed{By: by(req), Pending: true}
		err := s.change(func(m *argmap.Map, p argmap.Proposal) (argmap.Edit, []argmap.ID, error) {
			target, err := lookup(m, "target", in.Target, true, true)
			if err != nil {
				return nil, nil, err
			}
			if err := checkClaimText("text", in.Text); err != nil {
				return nil, nil, err
			}
			var e argmap.Edit
			var c, a argmap.ID
			if m.Claim(target) != nil {
				e, c, a = argmap.ObjectTo(s.mint, m, target, in.Text, p.By, in.Note)
			} else {
				e, c, a = argmap.UndercutArg(s.mint, m, target, in.Text, p.By, in.Note)
			}
			out.Claims, out.Argument = []string{c.String()}, a.String()
			return argmap.Propose(p, e), []argmap.ID{c}, nil
		}, in.Note, &out, func(m *argmap.Map) {
			// The challenge is the one that records the new argument.
			for _, ch := range m.Challenges {
				if ch.Argument.String() == out.Argument {
					out.Challenge = ch.ID.String()
				}
			}
		})
		return nil, out, err
	})
	sdk.AddTool(s.srv, &sdk.Tool{
		Name:        "propose_critical_question",
		Title:       "Propose a critical question",
		Description: "Asks one of the critical questions of an argument's scheme (numbered from 0 as get_map lists them) as a pending suggestion; once accepted and while open, it undercuts the argument.",
	}, func(ctx context.Context, req *sdk.CallToolRequest, in ProposeQuestionIn) (*sdk.CallToolResult, Proposed, error) {
		out := Proposed{By: by(req), Pending: true}
		err := s.change(func(m *argmap.Map, p argmap.Proposal) (argmap.Edit, []argmap.ID, error) {
			arg, err := lookup(m, "argument", in.Argument, false, true)
			if err != nil {
				return nil, nil, err
			}
			qs := m.QuestionTexts(arg)
			if len(qs) == 0 {
				return nil, nil, fmt.Errorf("argument %s has no scheme with critical questions (give it one with propose_argument's scheme, or object instead)", in.Argument)
			}
			if in.Question < 0 || in.Question >= len(qs) {
				return nil, nil, fmt.Errorf("question %d: the scheme of argument %s has questions 0 to %d", in.Question, in.Argument, len(qs)-1)
			}
			e, ch := argmap.AskCriticalQuestion(s.mint, arg, in.Question, p.By, in.Note)
			out.Challenge, out.Question = ch.String(), qs[in.Question]
			return argmap.Propose(p, e), nil, nil
		}, in.Note, &out, nil)
		return nil, out, err
	})
}

// proposeArgument builds the edit of propose_argument.
func proposeArgument(ids argmap.IDSource, m *argmap.Map, p argmap.Proposal, in ProposeArgumentIn, out *Proposed) (argmap.Edit, []argmap.ID, error) {
	pol := argmap.Polarity(in.Polarity)
	if !pol.Valid() {
		return nil, nil, fmt.Errorf("polarity %q: pro or con", clip(in.Polarity))
	}
	target, err := lookup(m, "target", in.Target, true, true)
	if err != nil {
		return nil, nil, err
	}
	if len(in.Premises)+len(in.NewPremises) == 0 {
		return nil, nil, errors.New("premises: an argument needs at least one premise (an ID in premises or a text in new_premises)")
	}
	if len(in.Premises)+len(in.NewPremises) > maxPremises {
		return nil, nil, fmt.Errorf("premises: %d; at most %d in one argument", len(in.Premises)+len(in.NewPremises), maxPremises)
	}
	if in.Scheme != "" && argmap.DefaultSchemes().ByID(in.Scheme) == nil {
		return nil, nil, fmt.Errorf("scheme %q: not in Argmap's catalogue (%s)", clip(in.Scheme), schemeNames())
	}
	var premises []argmap.ID
	for i, s := range in.Premises {
		id, err := claimID(m, fmt.Sprintf("premises[%d]", i), s)
		if err != nil {
			return nil, nil, err
		}
		if id == target {
			return nil, nil, fmt.Errorf("premises[%d]: %s is the target: a claim cannot be a premise of its own conclusion", i, s)
		}
		premises = append(premises, id)
	}
	var edits []argmap.Edit
	var added []argmap.ID
	for i, text := range in.NewPremises {
		if err := checkClaimText(fmt.Sprintf("new_premises[%d]", i), text); err != nil {
			return nil, nil, err
		}
		c := &argmap.Claim{ID: ids.New(), Text: text}
		edits = append(edits, argmap.AddClaim(c))
		added = append(added, c.ID)
		premises = append(premises, c.ID)
	}
	a := &argmap.Argument{ID: ids.New(), Premises: premises, Target: target, Polarity: pol, Scheme: in.Scheme}
	label := "Add Reason"
	if pol == argmap.Con {
		label = "Add Objection"
	}
	edits = append(edits, argmap.AddArgument(a))
	out.Argument = a.ID.String()
	out.Premises, out.Claims = nil, nil
	for _, id := range premises {
		out.Premises = append(out.Premises, id.String())
	}
	for _, id := range added {
		out.Claims = append(out.Claims, id.String())
	}
	return argmap.Propose(p, argmap.Batch(label, edits...)), added, nil
}

// maxPremises bounds the premises of one proposed argument: more is no
// argument a person would read, and keeps a request's work small.
const maxPremises = 100

// schemeNames lists the catalogue's scheme IDs.
func schemeNames() string {
	var ids []string
	for _, sc := range argmap.DefaultSchemes().All() {
		ids = append(ids, sc.ID)
	}
	return strings.Join(ids, ", ")
}

// change runs a proposing edit: build makes it on the latest map, with the
// proposal to mark it with, and names the claims it adds, which are then
// placed next to their neighbours. The note is checked against the limits.
// after, if set, reads the map once the change is saved.
func (s *Server) change(build func(m *argmap.Map, p argmap.Proposal) (argmap.Edit, []argmap.ID, error), note string, out *Proposed, after func(m *argmap.Map)) error {
	if err := checkText("note", note); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.doc.change(func(m *argmap.Map) (argmap.Edit, error) {
		p := argmap.Proposal{By: out.By, Time: s.mint.Now(), Note: note}
		e, added, err := build(m, p)
		if err != nil {
			return nil, err
		}
		if len(added) > 0 {
			if err := place(m, e, added); err != nil {
				return nil, err
			}
		}
		return e, nil
	}, func(m *argmap.Map, size int) {
		out.SavedBytes = size
		if after != nil {
			after(m)
		}
	})
}

// place gives the claims an edit adds free places next to their
// neighbours, as the app places a new card: on a copy of the map with the
// edit applied, one after the other.
func place(m *argmap.Map, e argmap.Edit, added []argmap.ID) error {
	c := m.Clone()
	if err := e.Apply(c); err != nil {
		return err
	}
	defer e.Revert(c)
	size := layout.EstimateSize(c)
	for _, id := range added {
		cl := c.Claim(id)
		cl.Pos = layout.PlaceNew(c, id, size)
	}
	return nil
}
