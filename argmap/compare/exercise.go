package compare

import "github.com/argmap/argmap/argmap"

// Blank is the text of a claim a student has to write.
const Blank = "(write this claim)"

// ExerciseMode says what an exercise sheet keeps of the model map.
type ExerciseMode int

// Exercise modes.
const (
	// BlankClaims keeps the structure, positions and source anchors, with
	// every claim but the main conclusions blank: the student fills them in.
	BlankClaims ExerciseMode = iota
	// HideClaims keeps only the main conclusions and the sources: the student
	// maps the reasoning from the text.
	HideClaims
)

// Exercise makes an exercise sheet from a model map. IDs are kept, so the
// teacher's comparison matches the student's claims by ID where the student
// filled in the sheet, and by wording where the student added claims.
func Exercise(model *argmap.Map, mode ExerciseMode) *argmap.Map {
	m := model.WithoutPrivate().Clone() // a teacher's private comments are not handed out
	m.Meta.Exercise = true
	m.Challenges = nil
	// The dialogue's locutions are the words of the answers, and its anchors
	// would point at the arguments a sheet leaves out.
	m.Dialogue = nil
	roles := m.Roles()
	if mode == HideClaims {
		var keep []*argmap.Claim
		for _, c := range m.Claims {
			if roles[c.ID] == argmap.RoleMain || roles[c.ID] == argmap.RoleConclusion {
				keep = append(keep, c)
			}
		}
		m.Claims, m.Arguments = keep, nil
		m.Reindex()
		return m
	}
	for _, c := range m.Claims {
		if roles[c.ID] != argmap.RoleMain && roles[c.ID] != argmap.RoleConclusion {
			c.Text = Blank
			c.Comments, c.Tags, c.Color, c.Assessment = nil, nil, "", argmap.Unassessed
			if c.Anchor != nil {
				c.Anchor.Quote = "" // the student finds the passage's meaning; the locator stays
			}
		}
	}
	for _, a := range m.Arguments {
		a.Comments, a.Scheme = nil, ""
	}
	return m
}
