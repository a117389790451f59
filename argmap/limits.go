package argmap

import (
	"fmt"
	"math"
	"unicode/utf8"
)

// CheckLimits refuses a map that no file should hold, whichever format it
// came from: more than MaxItems claims or arguments, a text longer than
// MaxText characters or not valid UTF-8, a coordinate that is NaN, infinite
// or beyond ±MaxCoord. The native decoder refuses these already; importers
// are checked with it (see formats.Decode) so that a hostile file of any
// format meets the same limits. The error is a *DecodeError naming the
// place, such as "claims[12].text".
func CheckLimits(m *Map) error {
	if n := len(m.Claims); n > MaxItems {
		return &DecodeError{Place: "claims", Message: fmt.Sprintf("%d claims; the limit is %d", n, MaxItems)}
	}
	if n := len(m.Arguments); n > MaxItems {
		return &DecodeError{Place: "arguments", Message: fmt.Sprintf("%d arguments; the limit is %d", n, MaxItems)}
	}
	if err := checkText("title", m.Meta.Title); err != nil {
		return err
	}
	for i, c := range m.Claims {
		place := fmt.Sprintf("claims[%d]", i)
		if err := checkText(place+".text", c.Text); err != nil {
			return err
		}
		if err := checkAnnotations(place, c.Annotations); err != nil {
			return err
		}
		for _, v := range [2]float64{c.Pos.X, c.Pos.Y} {
			if math.IsNaN(v) || math.IsInf(v, 0) || math.Abs(v) > MaxCoord {
				return &DecodeError{Place: place + ".pos", Message: fmt.Sprintf("coordinate %g is out of range (the limit is ±%g)", v, MaxCoord)}
			}
		}
	}
	for i, a := range m.Arguments {
		place := fmt.Sprintf("arguments[%d]", i)
		if n := len(a.Premises); n > MaxItems {
			return &DecodeError{Place: place + ".premises", Message: fmt.Sprintf("%d premises; the limit is %d", n, MaxItems)}
		}
		if err := checkText(place+".scheme", a.Scheme); err != nil {
			return err
		}
		if err := checkAnnotations(place, a.Annotations); err != nil {
			return err
		}
	}
	return checkDialogue(m.Dialogue) // the dialogue layer (see dialogue.go)
}

func checkAnnotations(place string, ann Annotations) error {
	for _, l := range [...]struct {
		name string
		n    int
	}{{"comments", len(ann.Comments)}, {"tags", len(ann.Tags)}, {"links", len(ann.Links)}} {
		if l.n > MaxItems {
			return &DecodeError{Place: place + "." + l.name, Message: fmt.Sprintf("%d entries; the limit is %d", l.n, MaxItems)}
		}
	}
	for j, c := range ann.Comments {
		if err := checkText(fmt.Sprintf("%s.comments[%d].text", place, j), c.Text); err != nil {
			return err
		}
	}
	for j, t := range ann.Tags {
		if err := checkText(fmt.Sprintf("%s.tags[%d]", place, j), t); err != nil {
			return err
		}
	}
	for j, l := range ann.Links {
		if err := checkText(fmt.Sprintf("%s.links[%d]", place, j), l); err != nil {
			return err
		}
	}
	return nil
}

func checkText(place, s string) error {
	if !utf8.ValidString(s) {
		return &DecodeError{Place: place, Message: "invalid UTF-8"}
	}
	if len(s) > MaxText {
		if n := utf8.RuneCountInString(s); n > MaxText {
			return &DecodeError{Place: place, Message: fmt.Sprintf("text of %d characters; the limit is %d", n, MaxText)}
		}
	}
	return nil
}
