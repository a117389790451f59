package argmaptest

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/argmap/argmap/argmap"
)

// Parse builds a map from a tiny text language, one statement per line
// ('#' starts a comment), for tests that state a map in a few lines:
//
//	claim NAME [accepted|questioned|rejected] [: TEXT]   (TEXT defaults to NAME)
//	pro NAME [SCHEME]: P1 + P2 -> TARGET    (linked premises; TARGET a claim)
//	con NAME: P -> TARGET          (TARGET a claim, or an argument: undercut)
//	cq ARG INDEX [open|answered]   (a critical question asked of ARG)
//	question CLAIM                 (an open Question challenge)
//
// It returns the map and the ID of every name, the IDs drawn from ids
// (nil: IDs(src), so the same text gives the same IDs). An error names the
// line.
func Parse(ids argmap.IDSource, src string) (*argmap.Map, map[string]argmap.ID, error) {
	if ids == nil {
		ids = IDs(src)
	}
	m := argmap.New("case")
	names := map[string]argmap.ID{}
	lookup := func(n int, name string) (argmap.ID, error) {
		id, ok := names[name]
		if !ok {
			return argmap.NilID, fmt.Errorf("line %d: unknown name %q", n, name)
		}
		return id, nil
	}
	for i, line := range strings.Split(src, "\n") {
		n := i + 1
		line, _, _ = strings.Cut(line, "#")
		head, text, hasText := strings.Cut(line, ":")
		f := strings.Fields(head)
		if len(f) == 0 {
			continue
		}
		switch f[0] {
		case "claim":
			if len(f) < 2 || len(f) > 3 {
				return nil, nil, fmt.Errorf("line %d: claim NAME [assessment] [: TEXT]", n)
			}
			c := &argmap.Claim{ID: ids.New(), Text: f[1]}
			if hasText {
				c.Text = strings.TrimSpace(text)
			}
			if len(f) == 3 {
				c.Assessment = argmap.Assessment(f[2])
			}
			names[f[1]] = c.ID
			m.Claims = append(m.Claims, c)
		case "pro", "con":
			prem, target, ok := strings.Cut(text, "->")
			if len(f) < 2 || len(f) > 3 || !ok {
				return nil, nil, fmt.Errorf("line %d: %s NAME [scheme]: P + Q -> TARGET", n, f[0])
			}
			a := &argmap.Argument{ID: ids.New(), Polarity: argmap.Polarity(f[0])}
			if len(f) == 3 {
				a.Scheme = f[2]
			}
			for _, p := range strings.Split(prem, "+") {
				id, err := lookup(n, strings.TrimSpace(p))
				if err != nil {
					return nil, nil, err
				}
				a.Premises = append(a.Premises, id)
			}
			t, err := lookup(n, strings.TrimSpace(target))
			if err != nil {
				return nil, nil, err
			}
			a.Target = t
			names[f[1]] = a.ID
			m.Arguments = append(m.Arguments, a)
		case "cq", "question":
			ch := &argmap.Challenge{ID: ids.New(), Kind: argmap.Question, Status: argmap.Open}
			if len(f) < 2 {
				return nil, nil, fmt.Errorf("line %d: %s needs a target", n, f[0])
			}
			t, err := lookup(n, f[1])
			if err != nil {
				return nil, nil, err
			}
			ch.Target = t
			if f[0] == "cq" {
				ch.Kind = argmap.CriticalQuestion
				if len(f) < 3 {
					return nil, nil, fmt.Errorf("line %d: cq ARG INDEX [open|answered]", n)
				}
				if ch.Question, err = strconv.Atoi(f[2]); err != nil {
					return nil, nil, fmt.Errorf("line %d: %v", n, err)
				}
				if len(f) > 3 {
					ch.Status = argmap.ChallengeStatus(f[3])
				}
			}
			m.Challenges = append(m.Challenges, ch)
		default:
			return nil, nil, fmt.Errorf("line %d: unknown statement %q", n, f[0])
		}
	}
	m.Reindex()
	return m, names, nil
}
