package argdown

import (
	"strings"
	"testing"
	"time"
)

// TestFrontMatterMeta: the front matter's subtitle joins the title and its
// date becomes the creation date where the file makes it unambiguous; a
// date that could be read two ways, or is none, is left out with a
// warning naming its line.
func TestFrontMatterMeta(t *testing.T) {
	t.Parallel()
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	for _, tc := range []struct {
		name, front string
		title       string
		created     time.Time
		warning     string // part of the one warning expected, "" for none
	}{
		{"title and subTitle", "title: T\nsubTitle: S", "T: S", time.Time{}, ""},
		{"subtitle alone", "subtitle: 'S'", "S", time.Time{}, ""},
		{"a title ending in a mark", "title: Why?\nsubtitle: \"Because\"", "Why? Because", time.Time{}, ""},
		{"subTitle wins over subtitle", "title: T\nsubtitle: b\nsubTitle: a", "T: a", time.Time{}, ""},
		{"day first", "date: 19/10/2018", "", day(2018, 10, 19), ""},
		{"day first with dots", "date: 22.10.2018", "", day(2018, 10, 22), ""},
		{"day equal to month", "date: 05/05/2020", "", day(2020, 5, 5), ""},
		{"ISO", "date: 2018-10-19", "", day(2018, 10, 19), ""},
		{"ISO quoted, with a time", "date: \"2018-10-19T08:30:00Z\"", "", time.Date(2018, 10, 19, 8, 30, 0, 0, time.UTC), ""},
		{"either way round", "date: 05/06/2018", "", time.Time{}, "line 2, column 1: front matter date \"05/06/2018\": day and month could be either way round"},
		{"no such day", "date: 31/02/2018", "", time.Time{}, "not a date"},
		{"month first, as only it can be", "date: 10/19/2018", "", day(2018, 10, 19), ""},
		{"no month either way", "date: 13/13/2018", "", time.Time{}, "not a date"},
		{"day zero", "date: 0/0/2018", "", time.Time{}, "not a date"},
		{"words", "date: autumn 2018", "", time.Time{}, "not a date"},
		{"a two-digit year", "date: 19/10/18", "", time.Time{}, "not a date"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Parse([]byte("===\n" + tc.front + "\n===\n\n[A]: a\n"))
			if err != nil {
				t.Fatal(err)
			}
			m, err := d.Map()
			if err != nil {
				t.Fatal(err)
			}
			if m.Meta.Title != tc.title || !m.Meta.Created.Equal(tc.created) {
				t.Errorf("title %q, created %v; want %q, %v", m.Meta.Title, m.Meta.Created, tc.title, tc.created)
			}
			ws := d.Warnings()
			switch {
			case tc.warning == "" && len(ws) > 0:
				t.Errorf("warnings %q, want none", ws)
			case tc.warning != "" && (len(ws) != 1 || !strings.Contains(ws[0], tc.warning)):
				t.Errorf("warnings %q, want one with %q", ws, tc.warning)
			}
		})
	}
}

// TestEncodeDate: a map's creation date is written to the front matter as
// an ISO date, after the authors as Argdown's examples have it, and read
// back as that day.
func TestEncodeDate(t *testing.T) {
	t.Parallel()
	m, err := Decode([]byte("===\ntitle: T\nauthor: A\ndate: 19/10/2018\n===\n\n[A]: a\n"))
	if err != nil {
		t.Fatal(err)
	}
	m.Meta.Created = m.Meta.Created.Add(15 * time.Hour) // a time of day is not written
	out, err := Encode(m)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(out), "===\ntitle: \"T\"\nauthor: \"A\"\ndate: 2018-10-19\n===\n") {
		t.Fatalf("front matter:\n%s", out)
	}
	back, err := Decode(out)
	if err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2018, 10, 19, 0, 0, 0, 0, time.UTC); !back.Meta.Created.Equal(want) {
		t.Errorf("created %v, want %v", back.Meta.Created, want)
	}
	// A date alone makes a front matter too.
	m.Meta.Title, m.Meta.Authors = "", nil
	if out, _ = Encode(m); !strings.HasPrefix(string(out), "===\ndate: 2018-10-19\n===\n") {
		t.Errorf("front matter of a date alone:\n%s", out)
	}
}
