package pdf

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"image"
	"image/color"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/argmaptest"
	"github.com/argmap/argmap/argmap/formats"
	"github.com/argmap/argmap/argmap/gen"
	"github.com/argmap/argmap/argmap/scene"
)

// scripts is a small map in four scripts: a thesis with a reason, an
// objection and a rebuttal.
func scripts(t *testing.T) *argmap.Map {
	t.Helper()
	b := argmaptest.NewBuilder("pdf", "Çok dilli harita — многоязычная карта")
	at := argmaptest.At
	main := b.Claim("Şehirde daha çok ağaç dikmeliyiz.", at(300, 60))
	reason := b.Claim("Деревья охлаждают улицы летом.", at(150, 240))
	obj := b.Claim("Οι ρίζες των δέντρων χαλούν τα πεζοδρόμια.", at(450, 240))
	reb := b.Claim("Roots can be guided by root barriers.", at(450, 420))
	b.Pro(main, reason)
	b.Con(main, obj)
	b.Con(obj, reb)
	b.Challenge(argmap.Question, reason, "Ποια είναι η πηγή;")
	return b.Map()
}

var date = time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)

// parsed is what the structural check reads out of a PDF.
type parsed struct {
	pages     int
	fontFiles []int // lengths of the embedded font programs
	text      string
}

// parse checks the file's structure without any PDF tool: the header and
// trailer, every cross-reference offset landing on its object, and reads
// the pages, the embedded fonts and the text shown (fpdf writes a UTF-8
// font's text as UTF-16 code units, one CID per code point).
func parse(t *testing.T, data []byte) parsed {
	t.Helper()
	if !bytes.HasPrefix(data, []byte("%PDF-1.")) || !bytes.HasSuffix(bytes.TrimSpace(data), []byte("%%EOF")) {
		t.Fatalf("no PDF header or trailer")
	}
	sx := bytes.LastIndex(data, []byte("startxref"))
	num := func(at, k int) int { // the k-th number after at
		f := strings.Fields(string(data[at:min(at+64, len(data))]))
		if len(f) <= k {
			return -1
		}
		v, err := strconv.Atoi(f[k])
		if err != nil {
			return -1
		}
		return v
	}
	xref := num(sx+len("startxref"), 0)
	if xref < 0 || xref >= len(data) || !bytes.HasPrefix(data[xref:], []byte("xref")) {
		t.Fatalf("startxref %d does not point at the xref table", xref)
	}
	first, n := num(xref+len("xref"), 0), num(xref+len("xref"), 1)
	if first < 0 || n < 2 {
		t.Fatalf("xref table header: %q", data[xref:xref+20])
	}
	rows := regexp.MustCompile(`(\d{10}) (\d{5}) ([nf])`).FindAllSubmatch(data[xref:], n)
	if len(rows) != n {
		t.Fatalf("xref has %d rows, says %d", len(rows), n)
	}
	for i, r := range rows[1:] {
		off, _ := strconv.Atoi(string(r[1]))
		want := fmt.Sprintf("%d 0 obj", first+i+1)
		if !bytes.HasPrefix(data[off:], []byte(want)) {
			t.Fatalf("xref offset %d of object %d points at %q", off, first+i+1, data[off:min(off+12, len(data))])
		}
	}
	var p parsed
	p.pages = bytes.Count(data, []byte("/Type /Page\n")) + bytes.Count(data, []byte("/Type /Page "))
	streams := regexp.MustCompile(`(?s)<<([^>]*(?:>[^>][^>]*)*)>>\s*stream\r?\n`)
	var text strings.Builder
	for _, loc := range streams.FindAllSubmatchIndex(data, -1) {
		dict := string(data[loc[2]:loc[3]])
		lm := regexp.MustCompile(`/Length (\d+)`).FindStringSubmatch(dict)
		if lm == nil {
			continue
		}
		l, _ := strconv.Atoi(lm[1])
		body := data[loc[1]:min(loc[1]+l, len(data))]
		if strings.Contains(dict, "/Length1") {
			p.fontFiles = append(p.fontFiles, l)
			continue
		}
		if strings.Contains(dict, "/FlateDecode") {
			r, err := zlib.NewReader(bytes.NewReader(body))
			if err != nil {
				continue
			}
			if body, err = io.ReadAll(r); err != nil {
				continue
			}
		}
		showText(&text, body)
	}
	p.text = text.String()
	return p
}

// showText appends the strings of the Tj operators of a content stream.
func showText(b *strings.Builder, content []byte) {
	for i := 0; i < len(content); i++ {
		if content[i] != '(' {
			continue
		}
		var raw []byte
		j := i + 1
		for ; j < len(content) && content[j] != ')'; j++ {
			c := content[j]
			if c == '\\' && j+1 < len(content) {
				j++
				switch e := content[j]; e {
				case 'n':
					c = '\n'
				case 'r':
					c = '\r'
				case 't':
					c = '\t'
				default:
					if e >= '0' && e <= '7' {
						v := 0
						for k := 0; k < 3 && j < len(content) && content[j] >= '0' && content[j] <= '7'; k++ {
							v = v*8 + int(content[j]-'0')
							j++
						}
						j--
						c = byte(v)
					} else {
						c = e
					}
				}
			}
			raw = append(raw, c)
		}
		if j+3 < len(content) && bytes.HasPrefix(bytes.TrimLeft(content[j+1:], " "), []byte("Tj")) && len(raw)%2 == 0 {
			u := make([]uint16, len(raw)/2)
			for k := range u {
				u[k] = uint16(raw[2*k])<<8 | uint16(raw[2*k+1])
			}
			b.WriteString(string(utf16.Decode(u)))
			b.WriteByte('\n')
		}
		i = j
	}
}

// words are the words of the claims, as a reader would search for them.
func words(m *argmap.Map) []string {
	var out []string
	for _, c := range m.Claims {
		out = append(out, strings.Fields(strings.Trim(c.Text, "."))...)
	}
	return out
}

// TestMapPDF: a map's PDF is well formed, with the map on one page and the
// outline after it; the text of every claim, in Turkish, Cyrillic and
// Greek, is real text in the file (selectable), set in the embedded
// subset of the font; the evaluation's badges are on the map.
func TestMapPDF(t *testing.T) {
	t.Parallel()
	m := scripts(t)
	data, err := Map(m, Options{Date: date, Essay: true})
	if err != nil {
		t.Fatal(err)
	}
	p := parse(t, data)
	if p.pages < 3 {
		t.Errorf("%d pages, want the map, the outline and the essay plan", p.pages)
	}
	if len(p.fontFiles) != 2 {
		t.Errorf("%d embedded fonts, want regular and bold", len(p.fontFiles))
	}
	for _, l := range p.fontFiles {
		if l > 200<<10 {
			t.Errorf("an embedded font of %d bytes: not a subset", l)
		}
	}
	for _, w := range append(words(m), "IN", "OUT", "MAIN CONCLUSION", "OBJECTION", "Ποια είναι η πηγή;", "page 1 of ", "Essay plan") {
		if !strings.Contains(p.text, w) {
			t.Errorf("the PDF's text lacks %q", w)
		}
	}
	if t.Failed() {
		t.Logf("text:\n%s", p.text)
	}
	// The exercise sheet has neither badges nor outline.
	sheet, err := Map(m, Options{Date: date, NoEvaluation: true, NoOutline: true})
	if err != nil {
		t.Fatal(err)
	}
	if q := parse(t, sheet); q.pages != 1 || strings.Contains(q.text, "\nIN\n") || strings.Contains(q.text, "OUT") {
		t.Errorf("exercise sheet: %d pages, text %q", q.pages, q.text)
	}
	// A map without a title is named by the caller (the CLI: its file).
	m.Meta.Title = ""
	named, err := Map(m, Options{Date: date, Title: "lesson-3", NoOutline: true})
	if err != nil {
		t.Fatal(err)
	}
	if q := parse(t, named); !strings.Contains(q.text, "lesson-3  ·  page 1 of 1") {
		t.Errorf("untitled map's PDF is not named: %q", q.text)
	}
	if _, err := Map(m, Options{Paper: "a3"}); err == nil || !strings.Contains(err.Error(), "a3") {
		t.Errorf("paper a3: %v", err)
	}
	if f := testFormats().ByPath("x.pdf"); f == nil || f.Name != "pdf" || f.Encode == nil || f.Decode != nil {
		t.Error("pdf is not registered as an export format")
	}
}

// TestPlan: a map that is readable on one page gets one; a bigger one is
// tiled so that the tiles cover it all, neighbours share the overlap, and
// there are never more than MaxTiles.
func TestPlan(t *testing.T) {
	t.Parallel()
	const aw, ah = 780, 500
	for _, tc := range []struct {
		name string
		fr   scene.Rect
		one  bool
		want int // tiles, when checked
	}{
		{"small", scene.Rect{W: 600, H: 400}, true, 0},
		{"one page at half size", scene.Rect{W: aw / MinOnePage, H: 300}, true, 0},
		{"wide", scene.Rect{X: -100, Y: 50, W: 5000, H: 900}, false, 0},
		// At TileScale 6 columns, the last 6% of a page; at 0.593, 5.
		{"the sample's width", scene.Rect{W: 6348, H: 700}, false, 5},
		{"huge", scene.Rect{W: 60000, H: 30000}, false, 0},
		{"a strip", scene.Rect{W: 200000, H: 300}, false, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fit, k, tiles := plan(tc.fr, aw, ah)
			if (tiles == nil) != tc.one {
				t.Fatalf("one page: %v, want %v (fit %.3f)", tiles == nil, tc.one, fit)
			}
			if tc.one {
				if k > 1 || k < MinOnePage || tc.fr.W*k > aw+1e-9 || tc.fr.H*k > ah+1e-9 {
					t.Errorf("scale %v", k)
				}
				return
			}
			if len(tiles) > MaxTiles || k > TileScale || k <= fit {
				t.Errorf("%d tiles at scale %.3f (fit %.3f)", len(tiles), k, fit)
			}
			// No scale down to MinTileShrink of k needs fewer pages: a
			// strip of a column or row is not printed on pages of its own.
			if tc.want > 0 && len(tiles) != tc.want {
				t.Errorf("%d tiles at scale %.3f, want %d", len(tiles), k, tc.want)
			}
			last := tiles[len(tiles)-1].view
			if tiles[0].view.X != tc.fr.X || tiles[0].view.Y != tc.fr.Y || last.X+last.W < tc.fr.X+tc.fr.W || last.Y+last.H < tc.fr.Y+tc.fr.H {
				t.Errorf("tiles from %v to %v do not cover %v", tiles[0].view, last, tc.fr)
			}
			for i := 1; i < len(tiles); i++ {
				a, b := tiles[i-1].view, tiles[i].view
				if tiles[i].row == tiles[i-1].row && math.Abs(a.X+a.W-b.X-overlap/k) > 1e-6 {
					t.Errorf("tiles %d and %d share %.2f, want %.2f", i-1, i, a.X+a.W-b.X, overlap/k)
				}
			}
		})
	}
}

// TestBigMapPDF: a generated map of 300 claims is tiled, with the overview
// first and the outline after; it is well formed and holds every claim.
func TestBigMapPDF(t *testing.T) {
	t.Parallel()
	m := gen.Tree(300, 7)
	data, err := Map(m, Options{Date: date, Paper: "letter"})
	if err != nil {
		t.Fatal(err)
	}
	p := parse(t, data)
	if p.pages < 4 {
		t.Errorf("%d pages", p.pages)
	}
	for _, c := range m.Claims {
		if !strings.Contains(p.text, strings.Fields(c.Text)[0]) {
			t.Fatalf("claim %q is not in the text", c.Text)
		}
	}
	for _, s := range []string{"overview", "map page 1 of", "p. 2"} {
		if !strings.Contains(p.text, s) {
			t.Errorf("no %q", s)
		}
	}
}

// TestMarkdownPDF: a report's table and list survive as text.
func TestMarkdownPDF(t *testing.T) {
	t.Parallel()
	md := "# Report ≥ 1\n\nA paragraph\nwrapped in the source.\n\n| student | score |\n|---|---|\n| Ayşe | 8.5 |\n\n- one\n  - two `IN`\n"
	data, err := Markdown("Report", []byte(md), Options{Date: date})
	if err != nil {
		t.Fatal(err)
	}
	p := parse(t, data)
	for _, s := range []string{"Report >= 1", "A paragraph wrapped in the source.", "student", "Ayşe", "8.5", "one", "two IN", "page 1 of 1"} {
		if !strings.Contains(p.text, s) {
			t.Errorf("no %q in\n%s", s, p.text)
		}
	}
}

// TestPoppler: pdfinfo accepts the PDFs (a map's, a big map's, a
// teacher's report), pdftoppm renders every page, none blank, and
// pdftotext finds the text, Turkish, Cyrillic and Greek included.
// Poppler is not part of the build: CI installs it (.ci/packages) and
// fails without it; elsewhere this test says so and skips (TestMapPDF
// checks the structure and text in Go).
func TestPoppler(t *testing.T) {
	t.Parallel()
	poppler(t, "pdfinfo", "pdftotext", "pdftoppm")
	m := scripts(t)
	dir := t.TempDir()
	for name, mk := range map[string]func() ([]byte, error){
		"small": func() ([]byte, error) { return Map(m, Options{Essay: true}) },
		"big":   func() ([]byte, error) { return Map(gen.Tree(200, 3), Options{}) },
		// A teacher's report (compare -report pdf): Markdown only.
		"report": func() ([]byte, error) {
			return Markdown("Comparison", []byte("# Comparison\n\n| student | score |\n| --- | --- |\n| Ayşe | 0.8 |\n\n- Деревья: missed\n- similarity ≥ 0.38\n"), Options{Date: date})
		},
	} {
		data, err := mk()
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, name+".pdf")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		info, err := exec.Command("pdfinfo", path).CombinedOutput()
		if err != nil {
			t.Fatalf("pdfinfo %s: %v\n%s", name, err, info)
		}
		pm := regexp.MustCompile(`Pages:\s+(\d+)`).FindSubmatch(info)
		if pm == nil {
			t.Fatalf("pdfinfo: no page count:\n%s", info)
		}
		pages, _ := strconv.Atoi(string(pm[1]))
		if want := parse(t, data).pages; pages != want {
			t.Errorf("%s: pdfinfo counts %d pages, the structure %d", name, pages, want)
		}
		out, err := exec.Command("pdftoppm", "-png", "-r", "20", path, filepath.Join(dir, name)).CombinedOutput()
		if err != nil {
			t.Fatalf("pdftoppm %s: %v\n%s", name, err, out)
		}
		pngs, _ := filepath.Glob(filepath.Join(dir, name+"-*.png"))
		if len(pngs) != pages {
			t.Errorf("%s: pdftoppm rendered %d of %d pages", name, len(pngs), pages)
		}
		for _, f := range pngs {
			if img := decodePNG(t, f, nil); cells(img, img.Bounds(), image.Point{}, 1, dark, nil).n < 20 {
				t.Errorf("%s: %s is blank", name, filepath.Base(f))
			}
		}
		if name == "report" {
			txt, err := exec.Command("pdftotext", path, "-").Output()
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range []string{"Comparison", "Ayşe", "Деревья", ">= 0.38"} {
				if !strings.Contains(string(txt), w) {
					t.Errorf("report: pdftotext does not find %q", w)
				}
			}
		}
		if name != "small" {
			continue
		}
		txt, err := exec.Command("pdftotext", path, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range append(words(m), "OUT", "Ποια") {
			if !strings.Contains(string(txt), w) {
				t.Errorf("pdftotext does not find %q", w)
			}
		}
	}
}

// TestTextKeepsItsWidth: a line is never set wider than it was measured
// (fpdf does not kern), so card text stays inside its card.
func TestTextKeepsItsWidth(t *testing.T) {
	t.Parallel()
	d, err := newDoc("t", "", date)
	if err != nil {
		t.Fatal(err)
	}
	d.f.AddPage()
	s := &surface{f: d.f, k: 0.6}
	for _, tc := range []struct {
		text string
		w    float64 // the measured width, map units
	}{
		{"AVAVAVAV Yo Te To", 60}, // narrower than fpdf sets it
		{"Trees cool the streets.", 500},
		{"Ağaç kökleri kaldırımı bozar", 150},
	} {
		if err := s.Text(scene.Point{}, 14, false, color.NRGBA{A: 255}, tc.text, tc.w); err != nil {
			t.Fatal(err)
		}
		if got := d.f.GetStringWidth(tc.text); got > tc.w*s.k+1e-6 {
			t.Errorf("%q set %.2f pt wide, measured %.2f", tc.text, got, tc.w*s.k)
		}
		if size, _ := d.f.GetFontSize(); tc.w == 500 && size != 14*s.k {
			t.Errorf("a line that fits was resized to %.2f pt", size)
		}
	}
}

// TestSameMapSameBytes: with no Date given, a map prints to the same bytes
// at any time (the PDF carries the map's own date), as the other exports
// do, so exports compare and diff; a map with no date still prints.
func TestSameMapSameBytes(t *testing.T) {
	t.Parallel()
	m := scripts(t)
	m.Meta.Modified = date
	a, err := Map(m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	time.Sleep(1100 * time.Millisecond) // PDF dates have whole seconds
	b, err := Map(m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Error("two prints of one map differ")
	}
	if !bytes.Contains(a, []byte("/CreationDate (D:20261201120000")) {
		t.Error("the PDF does not carry the map's date")
	}
	m.Meta.Modified, m.Meta.Created = time.Time{}, time.Time{}
	if _, err := Map(m, Options{}); err != nil {
		t.Errorf("a map with no date: %v", err)
	}
}

// testFormats is the built-in set with the PDF format added, as main
// builds it.
func testFormats() *formats.Set {
	s := formats.Builtin()
	AddFormats(s)
	return s
}
