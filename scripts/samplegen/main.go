// Command samplegen writes Argmap's sample map, the map of the article in
// ../shared/source/article.txt, from the content in content.go:
//
//	go run ./scripts/samplegen -article ../shared/source/article.txt -o assets/sample.argmap.json
//
// The article is read at generation time only to anchor each claim to its
// sentence by offset, length and hash; none of its text goes into the map.
// The output is deterministic: re-running gives the same bytes.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/argmap/argmap/argmap/native"
	"github.com/argmap/argmap/internal/atomicfile"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("samplegen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	articlePath := fs.String("article", "../shared/source/article.txt", "the article's text")
	out := fs.String("o", "assets/sample.argmap.json", "the map to write (- for standard output)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintln(stderr, "samplegen: no arguments expected; see -h")
		return 2
	}
	data, err := generate(*articlePath)
	if err != nil {
		fmt.Fprintln(stderr, "samplegen:", err)
		return 1
	}
	if *out == "-" {
		_, err = stdout.Write(data)
	} else {
		err = atomicfile.WriteFile(*out, data)
	}
	if err != nil {
		fmt.Fprintln(stderr, "samplegen:", err)
		return 1
	}
	return 0
}

// generate reads the article and returns the encoded sample map.
func generate(articlePath string) ([]byte, error) {
	article, err := os.ReadFile(articlePath)
	if err != nil {
		return nil, err
	}
	m, err := build(string(article))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", articlePath, err)
	}
	return native.Encode(m)
}
