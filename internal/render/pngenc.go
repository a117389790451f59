package render

import (
	"compress/zlib"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"image"
	"io"

	"github.com/argmap/argmap/argmap/scene"
)

// bandPixels is about how many pixels a PNG export draws at a time: the
// picture is drawn and encoded band by band of rows, so that memory stays
// near 16 MB for any size (a whole 64-Mpixel picture took 256 MB) and no
// pixel is touched twice to be cleared.
const bandPixels = 4 << 20

// encodePNG writes the PNG of s with mk at scale pixels per map unit to
// w, drawing bands of about band pixels. It writes 8-bit RGB (the picture
// is opaque) with every row filtered Up, compressed at zlib's best speed:
// the standard encoder's choice of filter per row, and its conversion
// from RGBA, took as long as the compression for 5% smaller files.
func encodePNG(w io.Writer, s *scene.Scene, mk Marks, scale, limit float64, band int) error {
	f, width, height, err := imageSize(s, mk, scale, limit)
	if err != nil {
		return err
	}
	pw := &pngWriter{w: w}
	pw.write([]byte("\x89PNG\r\n\x1a\n"))
	var ihdr [13]byte
	binary.BigEndian.PutUint32(ihdr[0:], uint32(width))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(height))
	ihdr[8], ihdr[9] = 8, 2 // 8 bits a sample, RGB
	pw.chunk("IHDR", ihdr[:])
	z, err := zlib.NewWriterLevel((*idatWriter)(pw), zlib.BestSpeed)
	if err != nil {
		return err
	}
	rows := max(1, band/width)
	p := &painter{f: f, k: scale}
	img := image.NewRGBA(image.Rect(0, 0, width, min(rows, height)))
	prev, cur := make([]byte, 1+3*width), make([]byte, 1+3*width)
	for y0 := 0; y0 < height && pw.err == nil; y0 += rows {
		img.Rect = image.Rect(0, y0, width, min(y0+rows, height))
		img.Pix = img.Pix[:img.Rect.Dy()*img.Stride]
		if err := p.band(s, mk, img); err != nil {
			return err
		}
		for y := img.Rect.Min.Y; y < img.Rect.Max.Y; y++ {
			pix := img.Pix[(y-y0)*img.Stride:]
			cur[0] = 2 // Up: a row less the one above it
			for x, i := 0, 1; x < width; x, i = x+1, i+3 {
				r, g, b := pix[4*x], pix[4*x+1], pix[4*x+2]
				cur[i], cur[i+1], cur[i+2] = r, g, b
			}
			row := prev // reused for the filtered row: prev is not needed after
			row[0] = 2
			for i := 1; i < len(cur); i++ {
				row[i] = cur[i] - row[i]
			}
			if _, err := z.Write(row); err != nil {
				return err
			}
			// row now holds the filtered bytes; cur becomes the row above.
			prev, cur = cur, row
		}
	}
	if err := z.Close(); err != nil {
		return err
	}
	pw.flush()
	pw.chunk("IEND", nil)
	if pw.err != nil {
		return fmt.Errorf("render: png: %w", pw.err)
	}
	return nil
}

// pngWriter writes a PNG's chunks, keeping the first error.
type pngWriter struct {
	w    io.Writer
	idat []byte // compressed data not yet written as an IDAT chunk
	err  error
}

func (pw *pngWriter) write(b []byte) {
	if pw.err == nil {
		_, pw.err = pw.w.Write(b)
	}
}

// chunk writes one chunk: length, type, data and their CRC.
func (pw *pngWriter) chunk(typ string, data []byte) {
	var head [8]byte
	binary.BigEndian.PutUint32(head[:4], uint32(len(data)))
	copy(head[4:], typ)
	crc := crc32.NewIEEE()
	crc.Write(head[4:])
	crc.Write(data)
	var tail [4]byte
	binary.BigEndian.PutUint32(tail[:], crc.Sum32())
	pw.write(head[:])
	pw.write(data)
	pw.write(tail[:])
}

// flush writes the compressed data held as an IDAT chunk.
func (pw *pngWriter) flush() {
	if len(pw.idat) > 0 {
		pw.chunk("IDAT", pw.idat)
		pw.idat = pw.idat[:0]
	}
}

// idatWriter collects the compressed stream into IDAT chunks of 64 KB.
type idatWriter pngWriter

func (d *idatWriter) Write(b []byte) (int, error) {
	pw := (*pngWriter)(d)
	const size = 64 << 10
	if pw.idat == nil {
		pw.idat = make([]byte, 0, size)
	}
	n := len(b)
	for len(b) > 0 && pw.err == nil {
		k := min(len(b), size-len(pw.idat))
		pw.idat = append(pw.idat, b[:k]...)
		b = b[k:]
		if len(pw.idat) == size {
			pw.flush()
		}
	}
	return n, pw.err
}
