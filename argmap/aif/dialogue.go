package aif

import (
	"strings"
	"time"

	"github.com/argmap/argmap/argmap"
)

// dialogue turns the YA anchors of claims and arguments into comments and
// counts the dialogue nodes that anchor nothing.
func (b *builder) dialogue() {
	for _, y := range b.g.nodes {
		if y.typ != "YA" {
			continue
		}
		for _, t := range b.g.out[y.index] {
			ann := b.annotationsOf(t)
			if ann == nil {
				continue
			}
			b.anchor[y.index] = true
			sources := 0
			for _, s := range b.g.in[y.index] {
				sn := b.g.nodes[s]
				l := sn
				switch sn.typ {
				case "L":
				case "TA":
					// The illocution of an argument hangs on the transition;
					// its words are those of the locution the transition leads to.
					l = nil
					for _, o := range b.g.out[s] {
						if b.g.nodes[o].typ == "L" {
							l = b.g.nodes[o]
							break
						}
					}
				default:
					continue
				}
				b.anchor[s] = true
				sources++
				c := argmap.Comment{ID: argmap.NewID(), Text: strings.TrimSpace(y.text)}
				if l != nil {
					b.anchor[l.index] = true
					speaker, words := b.speaker(l)
					c.Author = speaker
					c.Time = b.spokenAt(l)
					c.Text += ": " + words
				}
				ann.Comments = append(ann.Comments, c)
				b.rep.Comments++
			}
			if sources == 0 {
				ann.Comments = append(ann.Comments, argmap.Comment{ID: argmap.NewID(), Text: strings.TrimSpace(y.text)})
				b.rep.Comments++
			}
		}
	}
	for _, n := range b.g.nodes {
		switch n.typ {
		case "L", "TA", "YA":
			if !b.anchor[n.index] {
				b.rep.Dropped[n.typ]++
			}
		}
	}
}

// annotationsOf returns the annotations of the claim or (first) argument
// made from node i, or nil.
func (b *builder) annotationsOf(i int) *argmap.Annotations {
	if id, ok := b.claim[i]; ok {
		return &b.m.Claim(id).Annotations
	}
	if as := b.args[i]; len(as) > 0 {
		return &as[0].Annotations
	}
	return nil
}

// speaker splits an L-node into speaker and words. The text is "Speaker :
// words" (AIFdb) or "Speaker: words" (OVA3); reported speech nests ("Ella :
// Paul Dean : words") and the first speaker is the one who spoke. A
// participant named by the locution or the node wins over the text.
func (b *builder) speaker(l *node) (speaker, words string) {
	words = l.text
	if i := strings.Index(l.text, ":"); i > 0 && i < 80 {
		speaker = strings.TrimSpace(l.text[:i])
		words = strings.TrimLeft(l.text[i+1:], " \u00a0")
	}
	pid := l.participant
	if loc, ok := b.g.locutions[l.id]; ok && loc.person != "" {
		pid = loc.person
	}
	if name := b.g.participants[pid]; name != "" {
		speaker = name
	}
	return speaker, words
}

// Time layouts seen in AIF: AIFdb's, ISO 8601, and JavaScript's
// Date.toString() in OVA3 exports.
var timeLayouts = []string{"2006-01-02 15:04:05", time.RFC3339, "Mon Jan 02 2006 15:04:05 GMT-0700"}

// spokenAt is when the locution was uttered (its locution's start), else
// when it was recorded. Unparsable times are left zero.
func (b *builder) spokenAt(l *node) time.Time {
	candidates := []string{b.g.locutions[l.id].start, b.g.ovaTime[l.id], l.timestamp}
	for _, s := range candidates {
		if i := strings.Index(s, " ("); i > 0 {
			s = s[:i]
		}
		s = strings.TrimSpace(s)
		if s == "" {
			continue
		}
		for _, layout := range timeLayouts {
			if t, err := time.Parse(layout, s); err == nil {
				return t.UTC()
			}
		}
	}
	return time.Time{}
}
