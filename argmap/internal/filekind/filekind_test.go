package filekind

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// zipEntry is the start of a ZIP archive whose first entry is name, its
// data (stored) body.
func zipEntry(name, body string) string {
	h := "PK\x03\x04" + strings.Repeat("\x00", 22) + string(rune(len(name))) + "\x00\x00\x00"
	return h + name + body
}

// TestDescribe: each kind of file that is no text is named by its first
// bytes; text of every map format, and text that merely starts with the
// letters of a magic, is not.
func TestDescribe(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, data, want string }{
		{"PNG", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"},
		{"JPEG", "\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image"},
		{"GIF", "GIF89a\x01\x00", "a GIF image"},
		{"TIFF", "II*\x00\x08\x00", "a TIFF image"},
		{"WebP", "RIFF\x10\x00\x00\x00WEBPVP8 ", "a WebP image"},
		{"PDF", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "a PDF document"},
		{"RTF", "{\\rtf1\\ansi\\deff0 {\\fonttbl", "an RTF document"},
		{"docx", zipEntry("[Content_Types].xml", "<?xml"), "a Word, Excel or PowerPoint document"},
		{"odt", zipEntry("mimetype", "application/vnd.oasis.opendocument.text"), "an OpenDocument file"},
		{"epub", zipEntry("mimetype", "application/epub+zip"), "an EPUB book"},
		{"zip", zipEntry("notes/a.txt", "hello"), "a ZIP archive"},
		{"empty zip", "PK\x05\x06" + strings.Repeat("\x00", 18), "a ZIP archive"},
		{"doc 97", "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00", "an old Office document"},
		{"gzip", "\x1f\x8b\x08\x00\x00\x00", "a gzip-compressed file"},
		{"bzip2", "BZh91AY&SY\x00", "a bzip2-compressed file"},
		{"xz", "\xfd7zXZ\x00\x00", "an xz-compressed file"},
		{"7z", "7z\xbc\xaf\x27\x1c\x00", "a 7-Zip archive"},
		{"ELF", "\x7fELF\x02\x01\x01", "a program (an ELF executable)"},
		{"Windows program", "MZ\x90\x00\x03\x00\x00\x00", "a program (a Windows executable)"},
		{"Mach-O", "\xcf\xfa\xed\xfe\x07\x00", "a program (a Mach-O executable)"},
		{"SQLite", "SQLite format 3\x00\x10\x00", "an SQLite database"},
		{"MP3", "ID3\x04\x00\x00", "an MP3 audio file"},
		{"MP4", "\x00\x00\x00\x20ftypisom", "an MP4 or QuickTime media file"},
		{"WAV", "RIFF\x24\x00\x00\x00WAVEfmt ", "a WAV audio file"},
		{"UTF-32", "\xff\xfe\x00\x00{\x00\x00\x00", "UTF-32 text"},
		{"UTF-16 without a mark", "{\x00\n\x00 \x00\"\x00f\x00", "UTF-16 text without a byte order mark"},
		{"UTF-16BE without a mark", "\x00[\x00A\x00]\x00:", "UTF-16 text without a byte order mark"},
		// Text, whatever its first letters.
		{"a native map", `{"format": "argmap", "version": 1}`, ""},
		{"Argdown", "[A]: a claim\n  + <B>: b\n", ""},
		{"Kialo", "Discussion Title: PNG or JPEG?\n\n1. PNG\n", ""},
		{"letters of a bzip2 magic", "BZh is what I said\n", ""},
		{"letters of an MP3 tag", "ID3 tags are metadata\n", ""},
		{"letters of a Windows program", "MZ is a claim\n", ""},
		{"ftyp in text", "the ftyp box\n", ""},
		{"PK in text", "PK is a name\n", ""},
		{"RIFF in text", "RIFF raff WEBP\n", ""},
		{"empty", "", ""},
		{"UTF-16 with a mark (UTF16 reads it)", "\xff\xfe{\x00}\x00", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Describe([]byte(tc.data))
			if tc.want == "" && got != "" || !strings.HasPrefix(got, tc.want) {
				t.Fatalf("Describe(%q) = %q, want %q", tc.data, got, tc.want)
			}
		})
	}
}

// TestUTF16 reads UTF-16 text of either byte order, with characters
// beyond the BMP, and refuses a file cut inside a character or an
// unpaired surrogate, naming the byte.
func TestUTF16(t *testing.T) {
	t.Parallel()
	le := func(s string) string { // UTF-16LE with its mark
		var b strings.Builder
		b.WriteString("\xff\xfe")
		for _, r := range s {
			if r > 0xffff {
				r -= 0x10000
				hi, lo := 0xd800+(r>>10), 0xdc00+(r&0x3ff)
				b.WriteString(string([]byte{byte(hi), byte(hi >> 8), byte(lo), byte(lo >> 8)}))
				continue
			}
			b.WriteString(string([]byte{byte(r), byte(r >> 8)}))
		}
		return b.String()
	}
	be := func(s string) string {
		l := le(s)[2:]
		var b strings.Builder
		b.WriteString("\xfe\xff")
		for i := 0; i < len(l); i += 2 {
			b.WriteString(string([]byte{l[i+1], l[i]}))
		}
		return b.String()
	}
	const text = "{\"text\": \"café 𝄞\"}\n"
	for _, tc := range []struct {
		name, data, want, err string
		ok                    bool
	}{
		{"little-endian", le(text), text, "", true},
		{"big-endian", be(text), text, "", true},
		{"only the mark", "\xff\xfe", "", "", true},
		{"UTF-8", text, text, "", false},
		{"UTF-32 is left alone", "\xff\xfe\x00\x00", "\xff\xfe\x00\x00", "", false},
		{"an odd length", le(text) + "x", "", "odd number of bytes", true},
		{"a lone high surrogate at the end", "\xff\xfea\x00\x00\xd8", "", "invalid UTF-16 at byte 4", true},
		{"a lone low surrogate", "\xff\xfea\x00\x00\xdcb\x00", "", "invalid UTF-16 at byte 4", true},
		{"a high surrogate before a letter", "\xff\xfe\x00\xd8b\x00", "", "invalid UTF-16 at byte 2", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok, err := UTF16([]byte(tc.data))
			if ok != tc.ok {
				t.Fatalf("ok = %v, want %v", ok, tc.ok)
			}
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("err = %v, want %q", err, tc.err)
				}
				return
			}
			if err != nil || string(got) != tc.want {
				t.Fatalf("UTF16 = %q, %v, want %q", got, err, tc.want)
			}
		})
	}
}

// FuzzUTF16: neither function panics, and what UTF16 reads is UTF-8.
func FuzzUTF16(f *testing.F) {
	for _, s := range []string{"\xff\xfe{\x00}\x00", "\xfe\xff\x00{\x00}", "\xff\xfe\x3d\xd8\x00\xde", "\xff\xfe\x00", "\x89PNG\r\n\x1a\n", zipEntry("mimetype", "application/epub+zip"), "PK\x03\x04\xff", "RIFF", "MZ"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		_ = Describe(data)
		text, ok, err := UTF16(data)
		if ok && err == nil && !utf8.Valid(text) {
			t.Fatalf("UTF16(%q) = %q, not UTF-8", data, text)
		}
		if !ok && string(text) != string(data) {
			t.Fatalf("UTF16 without a mark changed the data")
		}
	})
}
