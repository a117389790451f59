// Package heavy fills in cli.Heavy: the fonts, the PDF writer and the MCP
// server, for the binaries that link them (the editor's and
// cmd/argmap-cli-full). It is a package of its own so that the light
// command line (cmd/argmap-cli) can leave it out: what it imports costs
// milliseconds of initialisers at every start.
package heavy

import (
	"context"
	"io"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/formats"
	"github.com/argmap/argmap/internal/cli"
	"github.com/argmap/argmap/internal/mcp"
	"github.com/argmap/argmap/internal/pdf"
	"github.com/argmap/argmap/internal/render"
)

// New returns the heavy parts.
func New() *cli.Heavy {
	return &cli.Heavy{
		Measure: render.Measure,
		PDFMap: func(m *argmap.Map, o cli.PDFOptions) ([]byte, error) {
			return pdf.Map(m, pdfOptions(o))
		},
		PDFMarkdown: func(title string, md []byte, o cli.PDFOptions) ([]byte, error) {
			return pdf.Markdown(title, md, pdfOptions(o))
		},
		PDFSummary: func(m *argmap.Map, o cli.PDFOptions) ([]byte, error) {
			return pdf.Summary(m, pdfOptions(o))
		},
		ServeMCP: serveMCP,
	}
}

func pdfOptions(o cli.PDFOptions) pdf.Options {
	return pdf.Options{Paper: o.Paper, Essay: o.Essay, NoOutline: o.NoOutline, NoEvaluation: o.NoEvaluation, Title: o.Title}
}

func serveMCP(ctx context.Context, set *formats.Set, path string, mint argmap.Mint, in io.Reader, out io.Writer) error {
	mcp.Version = cli.Version
	s, err := mcp.New(set, path, mint)
	if err != nil {
		return err
	}
	return s.Serve(ctx, in, out)
}
