// Command suggestshot writes the sample map of the article with a few
// suggestions pending (from "suggester" and from an assistant), each
// anchored to its passage, for the screenshot docs/suggestions.png:
//
//	go run ./scripts/suggestshot -article ../shared/source/article.txt -o /tmp/shot/article.argmap.json
//
// The map names its source "article.txt", next to the map file: copy the
// article there, so that the app may read it.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/anchor"
	"github.com/argmap/argmap/argmap/native"
	"github.com/argmap/argmap/assets"
)

func main() {
	article := flag.String("article", "", "the article's text file")
	out := flag.String("o", "article.argmap.json", "the map to write")
	flag.Parse()
	if err := run(*article, *out); err != nil {
		fmt.Fprintln(os.Stderr, "suggestshot:", err)
		os.Exit(1)
	}
}

func run(articlePath, out string) error {
	data, err := os.ReadFile(articlePath)
	if err != nil {
		return err
	}
	text := string(data)
	m, err := native.Decode(assets.SampleMap)
	if err != nil {
		return err
	}
	src := m.Sources[0]
	src.Path = "article.txt"
	find := func(prefix string) *argmap.Claim {
		for _, c := range m.Claims {
			if strings.HasPrefix(c.Text, prefix) {
				return c
			}
		}
		panic("no claim " + prefix)
	}
	anchor := func(passage string) *argmap.Anchor {
		i := strings.Index(text, passage)
		if i < 0 {
			panic("no passage " + passage)
		}
		// As the suggester anchors: quote, context, hash and the paragraph.
		a := anchor.NewAnchor(src.ID, text, i, len(passage))
		return &a
	}
	at := time.Date(2026, 12, 1, 23, 0, 0, 0, time.UTC)
	suggester := argmap.Proposal{By: "suggester", Time: at}
	assistant := argmap.Proposal{By: "Claude (MCP)", Time: at, Note: "staying on good terms with China cuts against 'far-fetched'"}
	h := argmap.NewHistory(m)
	add := func(p argmap.Proposal, text, passage string, x, y float64, target argmap.ID, pol argmap.Polarity) argmap.ID {
		c := &argmap.Claim{ID: argmap.NewID(), Text: text, Pos: argmap.Point{X: x, Y: y}, Anchor: anchor(passage)}
		a := &argmap.Argument{ID: argmap.NewID(), Premises: []argmap.ID{c.ID}, Target: target, Polarity: pol}
		if err := h.Do(argmap.Propose(p, argmap.Batch("suggest", argmap.AddClaim(c), argmap.AddArgument(a)))); err != nil {
			panic(err)
		}
		return c.ID
	}
	farFetched := find("So New Delhi taking Beijing's side").ID
	rivals := find("India and China are rivals").ID
	west := add(suggester, "India has to get support from the West in its conflict with China.",
		"Despite this, India has to get support from the West in its conflict with China.", 6600, 340, farFetched, argmap.Pro)
	add(suggester, "It is not possible for India to resist China properly without the US.",
		"In short, it is not possible for India to properly resist China without the US.", 6600, 580, west, argmap.Pro)
	add(suggester, "China has increased its presence in the Indian Ocean through Sri Lanka and the Maldives.",
		"China has increased its presence in the Indian Ocean in the context of its relations with Sri Lanka and the Maldives in recent months.", 6180, 580, rivals, argmap.Pro)
	add(assistant, "New Delhi's best course is to avoid conflict with China and keep relations with it positive.",
		"New Delhi’s only solution is to stay away from conflict with China and, if possible, maintain positive relations with it.", 7020, 340, farFetched, argmap.Con)
	return native.WriteFile(out, m)
}
