package formats

import (
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/argmap/argmap/argmap"
)

// TestNotTextFiles: a file that is no text at all, opened as a map by any
// name, says what it looks like and what Argmap opens, not "invalid UTF-8
// at byte 0" (the user pass opened a PNG).
func TestNotTextFiles(t *testing.T) {
	t.Parallel()
	docx := "PK\x03\x04" + strings.Repeat("\x00", 22) + "\x13\x00\x00\x00[Content_Types].xml<?xml"
	for _, tc := range []struct{ path, data, kind string }{
		{"photo.png", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"},
		{"photo.argmap.json", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"},
		{"scan.jpg", "\xff\xd8\xff\xe0\x00\x10JFIF\x00", "a JPEG image"},
		{"paper.pdf", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "a PDF document"},
		{"essay.docx", docx, "a Word, Excel or PowerPoint document"},
		{"debate.argdown", docx, "a Word, Excel or PowerPoint document"},
		{"map.argmap.json.gz", "\x1f\x8b\x08\x00\x00\x00\x00\x00", "a gzip-compressed file"},
		{"argmap", "\x7fELF\x02\x01\x01\x00", "a program (an ELF executable)"},
		{"notes.txt", "\xff\xfe\x00\x00A\x00\x00\x00", "UTF-32 text"},
		{"notes.txt", "{\x00\"\x00f\x00o\x00", "UTF-16 text without a byte order mark"},
	} {
		t.Run(tc.path+"/"+tc.kind, func(t *testing.T) {
			_, _, err := Decode(tc.path, []byte(tc.data))
			if !argmap.MatchError(&argmap.DecodeError{Kind: argmap.KindFormat, Message: "not a map: it looks like " + tc.kind}, err) {
				t.Fatalf("Decode = %v, want a format error naming %q", err, tc.kind)
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, tc.path+": not a map: it looks like "+tc.kind) ||
				!strings.Contains(msg, "Argmap opens .argmap.json maps, and ") || !strings.Contains(msg, "Argdown") || !strings.Contains(msg, "AIF-JSON") {
				t.Errorf("message %q, want the path, the kind and what Argmap opens", msg)
			}
			if strings.Contains(msg, "UTF-8 at byte") {
				t.Errorf("message %q still names an invalid byte", msg)
			}
		})
	}
	// A text in no format says what Argmap opens too.
	_, _, err := Decode("notes.bin", []byte("hello\n"))
	if err == nil || !strings.Contains(err.Error(), "not a map in any format Argmap reads; Argmap opens .argmap.json maps") {
		t.Errorf("Decode of a text in no format = %v", err)
	}
}

// TestUTF16Files: text that a Windows editor saved as UTF-16 (with its
// byte order mark) loads as the UTF-8 it stands for, in every text
// format; cut inside a character, it says so.
func TestUTF16Files(t *testing.T) {
	t.Parallel()
	enc := func(s string, big bool) []byte {
		out := []byte{0xff, 0xfe}
		if big {
			out = []byte{0xfe, 0xff}
		}
		for _, u := range utf16.Encode([]rune(s)) {
			if big {
				out = append(out, byte(u>>8), byte(u))
			} else {
				out = append(out, byte(u), byte(u>>8))
			}
		}
		return out
	}
	for _, tc := range []struct {
		format, path, data string
		claims             int
	}{
		{"json", "m.argmap.json", nativeDoc(`, "claims": [` + nativeClaim(hid1, `"café 𝄞"`, "") + `]`), 1},
		{"argdown", "d.argdown", "[A]: café 𝄞\n  + [B]: b\n", 2},
		{"kialo", "d.txt", "Discussion Title: T\n\n1. café 𝄞\n1.1. Pro: B\n", 2},
	} {
		for _, big := range []bool{false, true} {
			m, f, err := Decode(tc.path, enc(tc.data, big))
			if err != nil {
				t.Fatalf("%s (big-endian %v): %v", tc.format, big, err)
			}
			if f.Name != tc.format || len(m.Claims) != tc.claims || !strings.Contains(m.Claims[0].Text, "café 𝄞") {
				t.Errorf("%s (big-endian %v): read as %s with %d claims", tc.format, big, f.Name, len(m.Claims))
			}
		}
	}
	cut := enc("[A]: a\n", false)
	_, _, err := Decode("d.argdown", cut[:len(cut)-1])
	if !argmap.MatchError(&argmap.DecodeError{Kind: argmap.KindSyntax, Message: "odd number of bytes"}, err) || !strings.HasPrefix(err.Error(), "d.argdown: ") {
		t.Errorf("Decode of cut UTF-16 = %v", err)
	}
}
