// Package pdf writes maps and reports as PDF for printing: the whole map
// as vector graphics with its evaluation badges (on one page, or tiled
// over A4 or Letter pages with overlap marks when it is too big to read on
// one), then its outline, optionally its essay plan, with page numbers.
// The map is drawn by render.Draw, the path the SVG and PNG exports take,
// and the text is set in the bundled Noto Sans, embedded (subset) in the
// file, so that Turkish, Cyrillic and Greek print on any machine and stay
// selectable.
//
// It uses github.com/go-pdf/fpdf: maintained, pure Go with no cgo and no
// dependency outside the standard library for what is used here, with
// UTF-8 TrueType embedding and subsetting, clipping and dash patterns.
package pdf

import (
	"bytes"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/go-pdf/fpdf"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/essay"
	"github.com/argmap/argmap/argmap/formats"
	"github.com/argmap/argmap/argmap/outline"
	"github.com/argmap/argmap/argmap/scene"
	"github.com/argmap/argmap/internal/render"
)

// Paper sizes, in points.
var papers = map[string]fpdf.SizeType{
	"a4":     {Wd: 595.28, Ht: 841.89},
	"letter": {Wd: 612, Ht: 792},
}

// Options choose what a map's PDF holds.
type Options struct {
	// Paper is "a4" (the default) or "letter".
	Paper string
	// Essay adds the essay plan after the outline.
	Essay bool
	// NoOutline leaves out the outline (and its open challenges).
	NoOutline bool
	// NoEvaluation draws the map without its badges (an exercise sheet).
	NoEvaluation bool
	// Date is the document's creation date. When zero it is the map's
	// own date (modified, else created), so that one map always prints to
	// the same bytes, as every other export does; the current time only
	// for a map with no date.
	Date time.Time
	// Title names a map that has no title of its own (say, its file name).
	Title string
}

// Limits of the map pages.
const (
	// MinOnePage is the smallest scale (points per map unit) at which the
	// map is printed on one page: 14-unit text becomes 7 pt.
	MinOnePage = 0.5
	// TileScale is the scale of tiled pages: 14-unit text at 8.4 pt.
	TileScale = 0.6
	// MaxTiles bounds the tiled pages; a bigger map is printed smaller.
	MaxTiles = 48
	// MinTileShrink is how far below TileScale (or the scale that keeps
	// MaxTiles) tiles are printed when that saves pages: 8.4 pt text at
	// 7.6 pt at the least.
	MinTileShrink = 0.9
	margin        = 30.0 // page margin, pt
	overlap       = 36.0 // what adjacent tiles share, pt
)

// AddFormats adds the export-only "pdf" format to s.
func AddFormats(s *formats.Set) {
	s.Add(&formats.Format{
		Name: "pdf", Title: "PDF document", Exts: []string{".pdf"},
		Encode: func(m *argmap.Map) ([]byte, error) { return Map(m, Options{}) },
	})
}

// doc is a document being written: fpdf with the fonts and the footer.
type doc struct {
	f     *fpdf.Fpdf
	paper fpdf.SizeType
	marks render.Marks // the map's scheme labels and question markers
}

func newDoc(title, paper string, date time.Time) (*doc, error) {
	size, ok := papers[strings.ToLower(paper)]
	if paper == "" {
		size, ok = papers["a4"], true
	}
	if !ok {
		return nil, fmt.Errorf("pdf: unknown paper %q (a4 or letter)", paper)
	}
	f := fpdf.NewCustom(&fpdf.InitType{UnitStr: "pt", Size: size})
	// fpdf writes its fonts and images from maps; sorted, one map always
	// prints to the same bytes.
	f.SetCatalogSort(true)
	f.AddUTF8FontFromBytes("noto", "", render.FontTTF(false))
	f.AddUTF8FontFromBytes("noto", "B", render.FontTTF(true))
	if err := f.Error(); err != nil {
		return nil, fmt.Errorf("pdf: embedding the font: %w", err)
	}
	if date.IsZero() {
		date = time.Now()
	}
	f.SetCreationDate(date)
	f.SetModificationDate(date)
	f.SetTitle(title, true)
	f.SetCreator("Argmap", true)
	f.SetMargins(margin, margin, margin)
	f.SetAutoPageBreak(true, margin+10)
	f.AliasNbPages("{nb}")
	d := &doc{f: f, paper: size}
	f.SetFooterFunc(func() {
		f.SetY(-margin)
		f.SetFont("noto", "", 8)
		f.SetTextColor(0x6e, 0x77, 0x81)
		f.CellFormat(0, 10, fmt.Sprintf("%s  ·  page %d of {nb}", printable(oneLine(title)), f.PageNo()), "", 0, "C", false, 0, "")
	})
	return d, nil
}

func (d *doc) bytes() ([]byte, error) {
	var b bytes.Buffer
	if err := d.f.Output(&b); err != nil {
		return nil, fmt.Errorf("pdf: %w", err)
	}
	return b.Bytes(), nil
}

// Map returns the PDF of m: the map drawn with the badges of its grounded
// evaluation, then (unless left out) the outline with the open challenges,
// and the essay plan when asked for.
func Map(m *argmap.Map, o Options) ([]byte, error) {
	m = m.Accepted() // suggestions are not printed until accepted
	if o.Date.IsZero() {
		o.Date = mapDate(m)
	}
	title := strings.TrimSpace(m.Meta.Title)
	if title == "" {
		title = strings.TrimSpace(o.Title)
	}
	if title == "" {
		title = "Argument map"
	}
	d, err := newDoc(title, o.Paper, o.Date)
	if err != nil {
		return nil, err
	}
	var st scene.Labels
	if !o.NoEvaluation {
		st = render.Status(m)
	}
	s := render.Scene(m, st)
	d.marks = render.ArgMarks(m, st)
	if err := d.mapPages(s, title); err != nil {
		return nil, err
	}
	if !o.NoOutline {
		d.f.AddPageFormat("P", d.paper)
		d.f.Bookmark("Outline", 0, -1)
		d.markdown(outline.Build(m).Markdown())
	}
	if o.Essay {
		d.f.AddPageFormat("P", d.paper)
		d.f.Bookmark("Essay plan", 0, -1)
		d.markdown(essay.Write(m, essay.Markdown))
	}
	return d.bytes()
}

// Markdown returns a PDF of a Markdown text (a teacher's report, an
// essay plan): headings, lists, paragraphs and tables, with page numbers.
func Markdown(title string, md []byte, o Options) ([]byte, error) {
	d, err := newDoc(title, o.Paper, o.Date)
	if err != nil {
		return nil, err
	}
	d.f.AddPageFormat("P", d.paper)
	d.markdown(md)
	return d.bytes()
}

// tile is one map page: the map area it shows and where on the page.
type tile struct {
	view       scene.Rect // map units
	row, col   int
	rows, cols int
}

// mapPages draws the map: on one page when it is readable there, or else
// an overview page with the tiles marked and then the tiles.
func (d *doc) mapPages(s *scene.Scene, title string) error {
	fr := render.Frame(s, d.marks)
	orient, aw, ah := d.area(fr)
	fit, k, tiles := plan(fr, aw, ah)
	if tiles == nil {
		d.f.AddPageFormat(orient, d.paper)
		d.f.Bookmark("Map", 0, -1)
		d.heading(title, "")
		return d.drawView(s, fr, k, aw, ah, nil)
	}
	rows, cols := tiles[0].rows, tiles[0].cols
	ov := overlap / k
	d.f.AddPageFormat(orient, d.paper)
	d.f.Bookmark("Map", 0, -1)
	d.heading(title, fmt.Sprintf("overview: the map on %d pages (%d × %d) that follow, numbered here", len(tiles), rows, cols))
	if err := d.drawView(s, fr, fit, aw, ah, tiles); err != nil {
		return err
	}
	for i, t := range tiles {
		d.f.AddPageFormat(orient, d.paper)
		d.f.Bookmark(fmt.Sprintf("Map, row %d, column %d", t.row+1, t.col+1), 1, -1)
		d.heading(title, fmt.Sprintf("map page %d of %d: row %d of %d, column %d of %d", i+1, len(tiles), t.row+1, rows, t.col+1, cols))
		if err := d.drawView(s, t.view, k, aw, ah, nil); err != nil {
			return err
		}
		d.overlapMarks(t, k, ov, i+2)
	}
	return nil
}

// plan chooses how the map of frame fr is printed on drawing areas aw×ah
// points: at scale k (points per map unit) on one page (tiles nil), or
// else over tiles at TileScale, or smaller when that would take more than
// MaxTiles pages (fit is the one-page scale, for the overview). Adjacent
// tiles share overlap points.
func plan(fr scene.Rect, aw, ah float64) (fit, k float64, tiles []tile) {
	fit = math.Min(aw/fr.W, ah/fr.H)
	if fit >= MinOnePage {
		return fit, math.Min(fit, 1), nil
	}
	grid := func(k float64) (cols, rows int) {
		tw, th, ov := aw/k, ah/k, overlap/k
		return int(math.Max(1, math.Ceil((fr.W-ov)/(tw-ov)))), int(math.Max(1, math.Ceil((fr.H-ov)/(th-ov))))
	}
	k = TileScale
	cols, rows := grid(k)
	for cols*rows > MaxTiles {
		if k *= 0.9; k <= fit { // cannot happen with MaxTiles ≥ 4; kept as a bound
			return fit, fit, nil
		}
		cols, rows = grid(k)
	}
	// A scale a little smaller that saves a column or a row of pages is
	// worth it (the sample's last column was a strip 6% of a page wide):
	// down to MinTileShrink of it, the largest that needs fewest pages.
	for k2, low := k*0.995, k*MinTileShrink; k2 >= low && k2 > fit; k2 *= 0.995 {
		if c, r := grid(k2); c*r < cols*rows {
			k, cols, rows = k2, c, r
		}
	}
	tw, th, ov := aw/k, ah/k, overlap/k
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			tiles = append(tiles, tile{view: scene.Rect{X: fr.X + float64(c)*(tw-ov), Y: fr.Y + float64(r)*(th-ov), W: tw, H: th},
				row: r, col: c, rows: rows, cols: cols})
		}
	}
	return fit, k, tiles
}

// area returns the orientation that suits a map of frame fr and the size
// of the drawing area left by the margins and the heading, in points.
func (d *doc) area(fr scene.Rect) (orient string, w, h float64) {
	pw, ph := d.paper.Wd, d.paper.Ht
	orient = "P"
	if fr.W > fr.H {
		orient, pw, ph = "L", ph, pw
	}
	return orient, pw - 2*margin, ph - 2*margin - headH - 12
}

// headH is the heading above a map page, pt: the title and the note,
// clear of the corner marks that reach 6 pt above the map area.
const headH = 30.0

// heading writes the title and a note above a map page.
func (d *doc) heading(title, note string) {
	f := d.f
	f.SetXY(margin, margin)
	f.SetFont("noto", "B", 12)
	f.SetTextColor(0x1f, 0x23, 0x28)
	f.CellFormat(0, 14, printable(oneLine(title)), "", 1, "L", false, 0, "")
	if note != "" {
		f.SetFont("noto", "", 8)
		f.SetTextColor(0x6e, 0x77, 0x81)
		f.CellFormat(0, 8, printable(note), "", 1, "L", false, 0, "")
	}
}

// drawView draws the map area view at scale k into the page's drawing
// area, clipped to it; tiles, when given, are outlined and numbered on
// it (the overview).
func (d *doc) drawView(s *scene.Scene, view scene.Rect, k, aw, ah float64, tiles []tile) error {
	f := d.f
	ox, oy := margin, margin+headH
	if w := view.W * k; w < aw { // centre a small map
		ox += (aw - w) / 2
	}
	sf := &surface{f: f, ox: ox, oy: oy, vx: view.X, vy: view.Y, k: k}
	f.ClipRect(ox, oy, math.Min(aw, view.W*k), math.Min(ah, view.H*k), false)
	err := render.Draw(s, d.marks, sf, view)
	f.ClipEnd()
	if err != nil {
		return err
	}
	for i, t := range tiles {
		v := clampRect(t.view, view)
		x, y := sf.pt(scene.Point{X: v.X, Y: v.Y})
		f.SetDrawColor(0x2f, 0x74, 0xe0)
		f.SetLineWidth(0.6)
		f.SetDashPattern([]float64{3, 2}, 0)
		f.Rect(x, y, v.W*k, v.H*k, "D")
		f.SetDashPattern(nil, 0)
		f.SetFont("noto", "B", 9)
		f.SetTextColor(0x2f, 0x74, 0xe0)
		// On paper, so that the neighbours' outlines, which cross a
		// tile's corner in the overlap, do not strike the number through.
		label := fmt.Sprintf("p. %d", i+2)
		f.SetFillColor(0xff, 0xff, 0xff)
		f.Rect(x+1.5, y+1.5, f.GetStringWidth(label)+3, 11, "F")
		f.Text(x+3, y+10, label)
	}
	return nil
}

// overlapMarks draws, on a tile, dashed lines where its neighbours' pages
// begin (the strip between is printed on both, to glue or align them) and
// which page continues the map on each side.
func (d *doc) overlapMarks(t tile, k, ov float64, page int) {
	f := d.f
	ox, oy := margin, margin+headH
	w, h := t.view.W*k, t.view.H*k
	f.SetDrawColor(0x8a, 0x8f, 0x98)
	f.SetLineWidth(0.5)
	f.SetDashPattern([]float64{4, 3}, 0)
	o := ov * k
	if t.col+1 < t.cols {
		f.Line(ox+w-o, oy, ox+w-o, oy+h)
	}
	if t.col > 0 {
		f.Line(ox+o, oy, ox+o, oy+h)
	}
	if t.row+1 < t.rows {
		f.Line(ox, oy+h-o, ox+w, oy+h-o)
	}
	if t.row > 0 {
		f.Line(ox, oy+o, ox+w, oy+o)
	}
	f.SetDashPattern(nil, 0)
	// Corner marks of the page's map area.
	for _, c := range [][2]float64{{ox, oy}, {ox + w, oy}, {ox, oy + h}, {ox + w, oy + h}} {
		f.Line(c[0]-6, c[1], c[0]+6, c[1])
		f.Line(c[0], c[1]-6, c[0], c[1]+6)
	}
	f.SetFont("noto", "", 7)
	f.SetTextColor(0x6e, 0x77, 0x81)
	next := func(dr, dc int) int { return page + dr*t.cols + dc }
	if t.col+1 < t.cols {
		f.Text(ox+w-40, oy+h+9, fmt.Sprintf("p. %d »", next(0, 1)))
	}
	if t.col > 0 {
		f.Text(ox, oy+h+9, fmt.Sprintf("« p. %d", next(0, -1)))
	}
	if t.row+1 < t.rows {
		f.Text(ox+w/2-15, oy+h+9, fmt.Sprintf("below: p. %d", next(1, 0)))
	}
	if t.row > 0 {
		f.Text(ox+w-40, oy-3, fmt.Sprintf("above: p. %d", next(-1, 0)))
	}
}

// clampRect returns the part of r inside in.
func clampRect(r, in scene.Rect) scene.Rect {
	x0, y0 := math.Max(r.X, in.X), math.Max(r.Y, in.Y)
	x1, y1 := math.Min(r.X+r.W, in.X+in.W), math.Min(r.Y+r.H, in.Y+in.H)
	return scene.Rect{X: x0, Y: y0, W: math.Max(0, x1-x0), H: math.Max(0, y1-y0)}
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// mapDate is the date a map's PDF carries by default: when it was last
// modified, else created (zero when it has neither).
func mapDate(m *argmap.Map) time.Time {
	if !m.Meta.Modified.IsZero() {
		return m.Meta.Modified
	}
	return m.Meta.Created
}
