package cli

import (
	"context"
	"io"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/formats"
	"github.com/argmap/argmap/internal/mcp"
	"github.com/argmap/argmap/internal/pdf"
	"github.com/argmap/argmap/internal/render"
)

// testFormats is the set main builds: the domain's formats, the pictures
// and the PDF.
func testFormats() *formats.Set {
	s := formats.Builtin()
	render.AddFormats(s)
	pdf.AddFormats(s)
	return s
}

// testProgram is the editor's command line: every command, with the heavy
// parts. They are put together here as internal/cli/heavy does, which
// this package's tests cannot import (it imports this package).
func testProgram() *Program {
	opt := func(o PDFOptions) pdf.Options {
		return pdf.Options{Paper: o.Paper, Essay: o.Essay, NoOutline: o.NoOutline, NoEvaluation: o.NoEvaluation, Title: o.Title}
	}
	return &Program{Commands: Commands(), Formats: testFormats(), Heavy: &Heavy{
		Measure:     render.Measure,
		PDFMap:      func(m *argmap.Map, o PDFOptions) ([]byte, error) { return pdf.Map(m, opt(o)) },
		PDFMarkdown: func(t string, md []byte, o PDFOptions) ([]byte, error) { return pdf.Markdown(t, md, opt(o)) },
		PDFSummary:  func(m *argmap.Map, o PDFOptions) ([]byte, error) { return pdf.Summary(m, opt(o)) },
		ServeMCP: func(ctx context.Context, set *formats.Set, path string, mint argmap.Mint, in io.Reader, out io.Writer) error {
			s, err := mcp.New(set, path, mint)
			if err != nil {
				return err
			}
			return s.Serve(ctx, in, out)
		},
	}}
}
