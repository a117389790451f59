package mcp

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/argmap/argmap/argmap"
	"github.com/google/uuid"
)

// minPrefix is the shortest ID prefix accepted for an ID: the eight hex
// digits Argmap's messages show.
const minPrefix = 8

// lookup finds the claim or argument an ID given by the client names: a
// full UUID, or a prefix of at least eight hex digits that only one of them
// has. what names the argument in the error ("target", "premises[1]").
func lookup(m *argmap.Map, what, s string, claims, args bool) (argmap.ID, error) {
	kind := "claim"
	switch {
	case claims && args:
		kind = "claim or argument"
	case args:
		kind = "argument"
	}
	s = strings.TrimSpace(s)
	if s == "" {
		return argmap.NilID, fmt.Errorf("%s: give the ID of a %s (get_map lists them)", what, kind)
	}
	if id, err := uuid.Parse(s); err == nil {
		if (claims && m.Claim(id) != nil) || (args && m.Argument(id) != nil) {
			return id, nil
		}
		return argmap.NilID, fmt.Errorf("%s: no %s has the ID %s (get_map lists them)", what, kind, s)
	}
	if len(s) < minPrefix || len(s) > 36 {
		return argmap.NilID, fmt.Errorf("%s: %q is not an ID: give the UUID of a %s (get_map lists them)", what, clip(s), kind)
	}
	p := strings.ToLower(s)
	var found []argmap.ID
	if claims {
		for _, c := range m.Claims {
			if strings.HasPrefix(c.ID.String(), p) {
				found = append(found, c.ID)
			}
		}
	}
	if args {
		for _, a := range m.Arguments {
			if strings.HasPrefix(a.ID.String(), p) {
				found = append(found, a.ID)
			}
		}
	}
	switch len(found) {
	case 1:
		return found[0], nil
	case 0:
		return argmap.NilID, fmt.Errorf("%s: no %s has an ID starting %s (get_map lists them)", what, kind, s)
	}
	return argmap.NilID, fmt.Errorf("%s: %d IDs start with %s: give the whole ID", what, len(found), s)
}

// claimID finds the claim an ID names.
func claimID(m *argmap.Map, what, s string) (argmap.ID, error) {
	return lookup(m, what, s, true, false)
}

// clip shortens a client's string for an error message.
func clip(s string) string {
	if utf8.RuneCountInString(s) <= 40 {
		return s
	}
	r := []rune(s)
	return string(r[:40]) + "…"
}

// checkText refuses a text no map may hold: invalid UTF-8, or longer than
// argmap.MaxText characters (the limit every file format meets).
func checkText(what, s string) error {
	if !utf8.ValidString(s) {
		return fmt.Errorf("%s: not valid UTF-8", what)
	}
	if n := utf8.RuneCountInString(s); n > argmap.MaxText {
		return fmt.Errorf("%s: %d characters; the limit is %d", what, n, argmap.MaxText)
	}
	return nil
}

// checkClaimText refuses an empty claim text besides what checkText does.
func checkClaimText(what, s string) error {
	if strings.TrimSpace(s) == "" {
		return fmt.Errorf("%s: a claim needs a text", what)
	}
	return checkText(what, s)
}
