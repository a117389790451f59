package pdf

import (
	"math"
	"regexp"
	"strings"

	"github.com/go-pdf/fpdf"
)

// markdown sets the Markdown the outline, the essay plan and the reports
// are written in: headings, list items indented by their nesting,
// paragraphs, and tables with their columns sized to their text. Inline
// marks (**, `) are dropped: the words are what a reader needs.
func (d *doc) markdown(md []byte) {
	f := d.f
	pageW, _ := f.GetPageSize()
	width := pageW - 2*margin
	lines := strings.Split(strings.ReplaceAll(string(md), "\r\n", "\n"), "\n")
	for i := 0; i < len(lines); i++ {
		raw := lines[i]
		t := strings.TrimSpace(raw)
		switch {
		case t == "":
			f.Ln(4)
		case strings.HasPrefix(t, "|"):
			j := i
			for j < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[j]), "|") {
				j++
			}
			d.table(lines[i:j], width)
			i = j - 1
		case strings.HasPrefix(t, "#"):
			n := len(t) - len(strings.TrimLeft(t, "#"))
			size := map[int]float64{1: 16, 2: 13, 3: 11}[min(n, 3)]
			f.Ln(size / 2)
			f.SetFont("noto", "B", size)
			f.SetTextColor(0x1f, 0x23, 0x28)
			f.SetX(margin)
			f.MultiCell(width, size*1.3, printable(inline(strings.TrimSpace(t[n:]))), "", "L", false)
			f.Ln(2)
		default:
			indent := float64(len(raw)-len(strings.TrimLeft(raw, " \t"))) * 6
			bullet := ""
			if strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "* ") {
				bullet, t = "•", t[2:]
			} else if k := strings.Index(t, ". "); k > 0 && k <= 3 && strings.Trim(t[:k], "0123456789") == "" {
				bullet, t = t[:k+1], t[k+2:]
			} else {
				// A paragraph's lines are one paragraph, wrapped anew.
				for i+1 < len(lines) && plain(lines[i+1]) {
					i++
					t += " " + strings.TrimSpace(lines[i])
				}
			}
			f.SetFont("noto", "", 10)
			f.SetTextColor(0x1f, 0x23, 0x28)
			x := margin + math.Min(indent, width/2)
			if bullet != "" {
				f.SetX(x)
				f.CellFormat(14, 13, bullet, "", 0, "L", false, 0, "")
				x += 14
			}
			f.SetX(x)
			f.MultiCell(width-(x-margin), 13, printable(inline(t)), "", "L", false)
		}
	}
}

// plain reports whether a line continues a paragraph: not blank, not a
// heading, list item or table row.
func plain(line string) bool {
	t := strings.TrimSpace(line)
	if t == "" || line != strings.TrimLeft(line, " \t") || strings.HasPrefix(t, "#") || strings.HasPrefix(t, "|") ||
		strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "* ") {
		return false
	}
	k := strings.Index(t, ". ")
	return !(k > 0 && k <= 3 && strings.Trim(t[:k], "0123456789") == "")
}

// table sets the rows of a Markdown table, the header row bold; the
// separator row (|---|) is dropped. Each column's width follows the
// longest text in it, and a cell's text wraps inside it.
func (d *doc) table(rows []string, width float64) {
	f := d.f
	var cells [][]string
	for _, r := range rows {
		r = strings.TrimSpace(r)
		r = strings.TrimSuffix(strings.TrimPrefix(r, "|"), "|")
		cs := strings.Split(r, "|")
		sep := true
		for k := range cs {
			cs[k] = inline(strings.TrimSpace(cs[k]))
			sep = sep && strings.Trim(cs[k], "-: ") == ""
		}
		if !sep {
			cells = append(cells, cs)
		}
	}
	if len(cells) == 0 {
		return
	}
	n := 0
	for _, r := range cells {
		n = max(n, len(r))
	}
	cm := f.GetCellMargin()
	f.SetCellMargin(0) // SplitText would take it off each cell's width
	defer f.SetCellMargin(cm)
	size, lh := 7.5, 9.5
	w, least := columns(f, cells, n, size, width)
	if least > width { // a wide table is set smaller rather than words cut
		k := math.Max(0.6, width/least)
		size, lh = size*k, lh*k
		w, _ = columns(f, cells, n, size, width)
	}
	f.Ln(2)
	for ri, r := range cells {
		style := ""
		if ri == 0 {
			style = "B"
		}
		f.SetFont("noto", style, size)
		f.SetTextColor(0x1f, 0x23, 0x28)
		split := make([][]string, n)
		hmax := 1
		for k := 0; k < n; k++ {
			c := ""
			if k < len(r) {
				c = r[k]
			}
			split[k] = f.SplitText(printable(c), w[k]-4)
			if len(split[k]) == 0 {
				split[k] = []string{""}
			}
			hmax = max(hmax, len(split[k]))
		}
		h := float64(hmax)*lh + 3
		_, ph := f.GetPageSize()
		if f.GetY()+h > ph-margin-10 {
			f.AddPage()
		}
		y := f.GetY()
		x := margin
		f.SetDrawColor(0xd0, 0xd4, 0xd9)
		f.SetLineWidth(0.4)
		for k := 0; k < n; k++ {
			f.Rect(x, y, w[k], h, "D")
			for li, l := range split[k] {
				f.Text(x+2, y+2+float64(li+1)*lh-2.5, printable(l))
			}
			x += w[k]
		}
		f.SetXY(margin, y+h)
	}
	f.Ln(4)
}

// emphasis matches _words_ set in italics, and <links>.
var emphasis = regexp.MustCompile(`(^|[\s(])_([^_\s](?:[^_]*[^_\s])?)_([\s).,:;]|$)|<(https?://[^>\s]+)>`)

// inline drops Markdown's inline marks and escapes.
func inline(s string) string {
	s = emphasis.ReplaceAllString(s, "$1$2$3$4")
	return strings.NewReplacer("**", "", "`", "", `\|`, "|", `\*`, "*", `\_`, "_", `\#`, "#", `\\`, `\`).Replace(s)
}

// columns sizes a table's columns to fill width: each at least as wide as
// its longest word (when the table allows), the rest shared by how much
// text each column holds.
func columns(f *fpdf.Fpdf, cells [][]string, n int, size, width float64) (w []float64, leastSum float64) {
	least, want := make([]float64, n), make([]float64, n)
	for ri, r := range cells {
		style := ""
		if ri == 0 {
			style = "B"
		}
		f.SetFont("noto", style, size)
		for k, c := range r {
			for _, word := range strings.Fields(c) {
				least[k] = math.Max(least[k], f.GetStringWidth(word)+5)
			}
			want[k] = math.Max(want[k], math.Min(f.GetStringWidth(c), 180)+5)
		}
	}
	var sl, sw float64
	for k := range least {
		want[k] = math.Max(want[k], least[k])
		sl, sw = sl+least[k], sw+want[k]
	}
	w = make([]float64, n)
	for k := range w {
		switch {
		case sw <= width:
			w[k] = want[k] * width / sw
		case sl >= width:
			w[k] = least[k] * width / sl
		default:
			w[k] = least[k] + (want[k]-least[k])*(width-sl)/(sw-sl)
		}
	}
	return w, sl
}
