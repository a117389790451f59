package argmap

import (
	"fmt"
	"math"
	"unicode/utf8"
)

// Limits on what a map may hold, which the native decoder (native.Decode)
// and CheckLimits enforce, so that a hostile or broken file is refused with
// a clear message instead of exhausting memory or the canvas. The size of
// the file itself is limited by the caller (see native.MaxFileSize).
const (
	// MaxItems bounds each list of the map: claims, arguments, challenges,
	// sources.
	MaxItems = 1_000_000
	// MaxText bounds every string of the map, in characters.
	MaxText = 100_000
	// MaxCoord bounds the absolute value of a coordinate.
	MaxCoord = 1e7
	// MaxOffset bounds an anchor's offset and length, in bytes of its
	// source text (and their sum): far beyond any text Argmap reads, and
	// an int on every platform.
	MaxOffset = 1 << 30
)

// CheckLimits refuses a map that no file should hold, whichever format it
// came from: more than MaxItems claims or arguments, a text longer than
// MaxText characters or not valid UTF-8, a coordinate that is NaN, infinite
// or beyond ±MaxCoord. The native decoder refuses these already; importers
// are checked with it (see formats.Decode) so that a hostile file of any
// format meets the same limits. The error is a *DecodeError naming the
// place, such as "map.claims[12].text" (as Validate and the native decoder write it).
func CheckLimits(m *Map) error {
	if n := len(m.Claims); n > MaxItems {
		return &DecodeError{Kind: KindLimit, Place: "map.claims", Message: fmt.Sprintf("%d claims; the limit is %d", n, MaxItems)}
	}
	if n := len(m.Arguments); n > MaxItems {
		return &DecodeError{Kind: KindLimit, Place: "map.arguments", Message: fmt.Sprintf("%d arguments; the limit is %d", n, MaxItems)}
	}
	if err := checkTextAt(PathPlace("map.meta.title"), m.Meta.Title); err != nil {
		return err
	}
	// Places are formatted only for a fault: formatting one for every
	// claim cost more than the checks.
	for i, c := range m.Claims {
		pl := EntryPlace("map.claims", i)
		if err := checkTextAt(pl.At(".text"), c.Text); err != nil {
			return err
		}
		if err := checkAnnotations(pl, c.Annotations); err != nil {
			return err
		}
		for _, v := range [2]float64{c.Pos.X, c.Pos.Y} {
			if math.IsNaN(v) || math.IsInf(v, 0) || math.Abs(v) > MaxCoord {
				return &DecodeError{Kind: KindLimit, Place: pl.At(".pos").String(), Message: fmt.Sprintf("coordinate %g is out of range (the limit is ±%g)", v, MaxCoord)}
			}
		}
	}
	for i, a := range m.Arguments {
		pl := EntryPlace("map.arguments", i)
		if n := len(a.Premises); n > MaxItems {
			return &DecodeError{Kind: KindLimit, Place: pl.At(".premises").String(), Message: fmt.Sprintf("%d premises; the limit is %d", n, MaxItems)}
		}
		if err := checkTextAt(pl.At(".scheme"), a.Scheme); err != nil {
			return err
		}
		if err := checkAnnotations(pl, a.Annotations); err != nil {
			return err
		}
	}
	if err := checkRound(m.Round); err != nil { // debate flow
		return err
	}
	return checkDialogue(m.Dialogue) // the dialogue layer (see dialogue.go)
}

// checkRound holds a round's speeches to the limits of every list and text.
func checkRound(r *Round) error {
	if r == nil {
		return nil
	}
	if n := len(r.Speeches); n > MaxItems {
		return &DecodeError{Kind: KindLimit, Place: "map.round.speeches", Message: fmt.Sprintf("%d speeches; the limit is %d", n, MaxItems)}
	}
	if err := checkText("map.round.format", r.Format); err != nil {
		return err
	}
	for i, s := range r.Speeches {
		place := fmt.Sprintf("map.round.speeches[%d]", i)
		for _, f := range [...]struct{ name, text string }{{".name", s.Name}, {".side", s.Side}, {".team", s.Team}, {".speaker", s.Speaker}} {
			if err := checkText(place+f.name, f.text); err != nil {
				return err
			}
		}
	}
	return nil
}

func checkAnnotations(pl Place, ann Annotations) error {
	for _, l := range [...]struct {
		name string
		n    int
	}{{"comments", len(ann.Comments)}, {"tags", len(ann.Tags)}, {"links", len(ann.Links)}} {
		if l.n > MaxItems {
			return &DecodeError{Kind: KindLimit, Place: pl.At("." + l.name).String(), Message: fmt.Sprintf("%d entries; the limit is %d", l.n, MaxItems)}
		}
	}
	for j, c := range ann.Comments {
		if !textOK(c.Text) {
			return checkTextAt(EntryPlace(pl.At(".comments").String(), j).At(".text"), c.Text)
		}
	}
	for j, t := range ann.Tags {
		if err := checkTextAt(pl.Item(".tags", j), t); err != nil {
			return err
		}
	}
	for j, l := range ann.Links {
		if err := checkTextAt(pl.Item(".links", j), l); err != nil {
			return err
		}
	}
	return nil
}

// textOK reports whether checkText accepts s.
func textOK(s string) bool {
	return utf8.ValidString(s) && (len(s) <= MaxText || utf8.RuneCountInString(s) <= MaxText)
}

// checkText checks a text at a place given as a string.
func checkText(place, s string) error { return checkTextAt(PathPlace(place), s) }

// checkTextAt checks a text, formatting its place only for a fault.
func checkTextAt(pl Place, s string) error {
	if !utf8.ValidString(s) {
		return &DecodeError{Kind: KindSyntax, Place: pl.String(), Message: "invalid UTF-8"}
	}
	if len(s) > MaxText {
		if n := utf8.RuneCountInString(s); n > MaxText {
			return &DecodeError{Kind: KindLimit, Place: pl.String(), Message: fmt.Sprintf("text of %d characters; the limit is %d", n, MaxText)}
		}
	}
	return nil
}
