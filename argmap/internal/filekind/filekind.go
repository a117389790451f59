// Package filekind tells, from its first bytes, what a file that is no
// text looks like (a PNG image, a ZIP archive, a program…), so that a
// reader can say so instead of reporting "invalid UTF-8 at byte 0"; and
// it reads UTF-16 text, which some Windows editors write, as UTF-8.
// Every check looks at a few bytes at the start: constant time.
package filekind

import (
	"bytes"
	"fmt"
	"unicode/utf16"
	"unicode/utf8"
)

// signature is a file kind known by the bytes at its start.
type signature struct {
	at    int // the offset of magic
	magic string
	kind  string // what it looks like, for "it looks like …"
}

// signatures are tried in order; a longer magic of a family comes first.
// Only magics that no text file of a map format starts with are listed:
// each holds a byte that is not printable ASCII, or is a well-known
// header such as %PDF-.
var signatures = []signature{
	{0, "\x89PNG\r\n\x1a\n", "a PNG image"},
	{0, "\xff\xd8\xff", "a JPEG image"},
	{0, "GIF87a", "a GIF image"},
	{0, "GIF89a", "a GIF image"},
	{0, "II*\x00", "a TIFF image"},
	{0, "MM\x00*", "a TIFF image"},
	{0, "\x00\x00\x01\x00", "an icon (ICO)"},
	{0, "%PDF-", "a PDF document"},
	{0, "%!PS", "a PostScript document"},
	{0, "{\\rtf", "an RTF document"},
	{0, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document (Word or Excel 97–2003)"},
	{0, "\x1f\x8b", "a gzip-compressed file"},
	{0, "BZh", ""}, // bzip2: checked below, the magic being letters
	{0, "\xfd7zXZ\x00", "an xz-compressed file"},
	{0, "(\xb5/\xfd", "a Zstandard-compressed file"},
	{0, "7z\xbc\xaf\x27\x1c", "a 7-Zip archive"},
	{0, "Rar!\x1a\x07", "a RAR archive"},
	{0, "\x7fELF", "a program (an ELF executable)"},
	{0, "\xcf\xfa\xed\xfe", "a program (a Mach-O executable)"},
	{0, "\xce\xfa\xed\xfe", "a program (a Mach-O executable)"},
	{0, "\xca\xfe\xba\xbe", "a program (a Mach-O executable or Java class)"},
	{0, "\x00asm", "a WebAssembly module"},
	{0, "SQLite format 3\x00", "an SQLite database"},
	{0, "ID3", ""}, // MP3: checked below
	{0, "OggS\x00", "an Ogg audio or video file"},
	{0, "fLaC", ""},
	{4, "ftyp", "an MP4 or QuickTime media file (or a HEIC image)"},
	{0, "\x1aE\xdf\xa3", "a Matroska or WebM video"},
	{8, "WEBP", "a WebP image"},
	{8, "WAVE", "a WAV audio file"},
	{8, "AVI ", "an AVI video"},
}

// Describe returns what data looks like when it is a known kind of file
// that is no text, such as "a PNG image", or "" when it is none of them
// (text of any format, or a kind it does not know). UTF-16 text without a
// byte order mark is described too; with one, see UTF16.
func Describe(data []byte) string {
	for _, s := range signatures {
		if len(data) < s.at+len(s.magic) || string(data[s.at:s.at+len(s.magic)]) != s.magic {
			continue
		}
		switch {
		case s.kind != "":
			if s.at == 8 && string(data[:4]) != "RIFF" {
				continue
			}
			if s.at == 4 && !binaryAt(data, 0, 4) {
				continue // a box length: "ftyp" after four letters is text
			}
			return s.kind
		case s.magic == "BZh":
			if len(data) >= 10 && data[3] >= '1' && data[3] <= '9' && string(data[4:10]) == "1AY&SY" {
				return "a bzip2-compressed file"
			}
		case s.magic == "ID3":
			if len(data) >= 5 && data[3] < 0x10 && data[4] < 0x10 {
				return "an MP3 audio file"
			}
		case s.magic == "fLaC":
			if binaryAt(data, 4, 8) {
				return "a FLAC audio file"
			}
		}
	}
	if k := zip(data); k != "" {
		return k
	}
	if len(data) >= 2 && data[0] == 'M' && data[1] == 'Z' && binaryAt(data, 2, 64) {
		return "a program (a Windows executable)"
	}
	if len(data) >= 4 && (string(data[:4]) == "\xff\xfe\x00\x00" || string(data[:4]) == "\x00\x00\xfe\xff") {
		return "UTF-32 text, which Argmap does not read (save it as UTF-8)"
	}
	if utf16NoBOM(data) {
		return "UTF-16 text without a byte order mark, which Argmap does not read (save it as UTF-8)"
	}
	return ""
}

// binaryAt reports whether data[from:to] holds a byte that text does not:
// a control character other than tab, newline and carriage return.
func binaryAt(data []byte, from, to int) bool {
	for i := from; i < to && i < len(data); i++ {
		if c := data[i]; c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f {
			return true
		}
	}
	return false
}

// zip describes a ZIP archive, naming the kinds of document built on it
// by the name of their first entry (OOXML puts [Content_Types].xml
// first, OpenDocument and EPUB an uncompressed "mimetype").
func zip(data []byte) string {
	if len(data) < 4 || data[0] != 'P' || data[1] != 'K' {
		return ""
	}
	switch string(data[2:4]) {
	case "\x03\x04":
	case "\x05\x06", "\x07\x08":
		return "a ZIP archive"
	default:
		return ""
	}
	const header = 30 // the fixed part of a local file header
	if len(data) < header {
		return "a ZIP archive"
	}
	nameLen := int(data[26]) | int(data[27])<<8
	extraLen := int(data[28]) | int(data[29])<<8
	name := data[header:min(len(data), header+nameLen)]
	switch {
	case bytes.HasPrefix(name, []byte("[Content_Types].xml")), bytes.HasPrefix(name, []byte("_rels/")),
		bytes.HasPrefix(name, []byte("word/")), bytes.HasPrefix(name, []byte("docProps/")):
		return "a Word, Excel or PowerPoint document"
	case string(name) == "mimetype":
		body := data[min(len(data), header+nameLen+extraLen):]
		switch {
		case bytes.HasPrefix(body, []byte("application/epub")):
			return "an EPUB book"
		case bytes.HasPrefix(body, []byte("application/vnd.oasis.opendocument")):
			return "an OpenDocument file"
		}
	}
	return "a ZIP archive"
}

// utf16NoBOM reports whether data looks like UTF-16 text without a byte
// order mark: ASCII characters with a NUL byte beside each.
func utf16NoBOM(data []byte) bool {
	n := min(len(data)&^1, 64)
	if n < 4 {
		return false
	}
	le, be := true, true
	for i := 0; i < n; i += 2 {
		a, b := data[i], data[i+1]
		le = le && a != 0 && a < 0x80 && b == 0
		be = be && b != 0 && b < 0x80 && a == 0
	}
	return le || be
}

// UTF16 reads data as UTF-16 text when it starts with a UTF-16 byte order
// mark, and returns it as UTF-8 (without the mark). ok is false, and data
// comes back as it was, when there is no such mark. An odd number of
// bytes or an unpaired surrogate is an error naming its byte offset.
func UTF16(data []byte) (text []byte, ok bool, err error) {
	var big bool
	switch {
	case len(data) >= 4 && string(data[:4]) == "\xff\xfe\x00\x00":
		return data, false, nil // UTF-32 little-endian (Describe names it)
	case len(data) >= 2 && data[0] == 0xff && data[1] == 0xfe:
	case len(data) >= 2 && data[0] == 0xfe && data[1] == 0xff:
		big = true
	default:
		return data, false, nil
	}
	body := data[2:]
	if len(body)%2 != 0 {
		return nil, true, fmt.Errorf("UTF-16 text of an odd number of bytes (%d): the file ends inside a character (truncated?)", len(data))
	}
	out := make([]byte, 0, len(body)+len(body)/2)
	unit := func(i int) uint16 {
		if big {
			return uint16(body[i])<<8 | uint16(body[i+1])
		}
		return uint16(body[i+1])<<8 | uint16(body[i])
	}
	for i := 0; i < len(body); i += 2 {
		u := unit(i)
		r := rune(u)
		switch {
		case utf16.IsSurrogate(r) && u < 0xdc00 && i+2 < len(body):
			r = utf16.DecodeRune(r, rune(unit(i+2)))
			if r == utf8.RuneError {
				return nil, true, fmt.Errorf("invalid UTF-16 at byte %d (an unpaired surrogate)", i+2)
			}
			i += 2
		case utf16.IsSurrogate(r):
			return nil, true, fmt.Errorf("invalid UTF-16 at byte %d (an unpaired surrogate)", i+2)
		}
		out = utf8.AppendRune(out, r)
	}
	return out, true, nil
}
