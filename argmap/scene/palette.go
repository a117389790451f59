package scene

import (
	"image/color"
	"strconv"
	"strings"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/eval"
)

// Semantic colours, chosen to read on both light and dark backgrounds.
var (
	ColorPro      = color.NRGBA{R: 0x2e, G: 0x9e, B: 0x4f, A: 0xff} // green
	ColorCon      = color.NRGBA{R: 0xd6, G: 0x45, B: 0x41, A: 0xff} // red
	ColorUndercut = color.NRGBA{R: 0x9b, G: 0x59, B: 0xd0, A: 0xff} // purple
	ColorMain     = color.NRGBA{R: 0x2f, G: 0x74, B: 0xe0, A: 0xff} // blue
	ColorRebuttal = color.NRGBA{R: 0xe0, G: 0x8a, B: 0x1e, A: 0xff} // orange
	ColorNeutral  = color.NRGBA{R: 0x8a, G: 0x8f, B: 0x98, A: 0xff} // grey
	ColorIn       = color.NRGBA{R: 0x2e, G: 0x9e, B: 0x4f, A: 0xff}
	ColorOut      = color.NRGBA{R: 0xd6, G: 0x45, B: 0x41, A: 0xff}
	ColorUndec    = color.NRGBA{R: 0xd4, G: 0xa0, B: 0x17, A: 0xff}
)

// RoleColor returns the accent colour of a claim's role.
func RoleColor(r argmap.Role) color.NRGBA {
	switch r {
	case argmap.RoleMain, argmap.RoleConclusion:
		return ColorMain
	case argmap.RolePremise, argmap.RoleSupport:
		return ColorPro
	case argmap.RoleObjection, argmap.RoleAttack:
		return ColorCon
	case argmap.RoleRebuttal:
		return ColorRebuttal
	case argmap.RoleUndercutter:
		return ColorUndercut
	}
	return ColorNeutral
}

// RoleLabel returns the small capitals label shown on a card of role r.
func RoleLabel(r argmap.Role) string {
	switch r {
	case argmap.RoleMain:
		return "MAIN CONCLUSION"
	case argmap.RoleConclusion:
		return "CONCLUSION"
	case argmap.RolePremise:
		return "REASON"
	case argmap.RoleObjection:
		return "OBJECTION"
	case argmap.RoleRebuttal:
		return "REBUTTAL"
	case argmap.RoleUndercutter:
		return "UNDERCUTTER"
	}
	return "CLAIM"
}

// StatusColor returns the colour of a status badge.
func StatusColor(s eval.Label) color.NRGBA {
	switch s {
	case eval.In:
		return ColorIn
	case eval.Out:
		return ColorOut
	case eval.Undec:
		return ColorUndec
	}
	return ColorNeutral
}

// StatusText returns the text of a status badge ("" for eval.Unlabelled).
func StatusText(s eval.Label) string {
	switch s {
	case eval.In:
		return "IN"
	case eval.Out:
		return "OUT"
	case eval.Undec:
		return "?"
	}
	return ""
}

// ParseColor reads "#rrggbb"; ok is false for anything else.
func ParseColor(s string) (c color.NRGBA, ok bool) {
	if len(s) != 7 || s[0] != '#' {
		return c, false
	}
	v, err := strconv.ParseUint(strings.ToLower(s[1:]), 16, 32)
	if err != nil {
		return c, false
	}
	return color.NRGBA{R: uint8(v >> 16), G: uint8(v >> 8), B: uint8(v), A: 0xff}, true
}

// EdgeColor is the colour of an edge of the given kind: pro green, con red,
// undercut in its own colour. The canvas and the exported pictures share it.
func EdgeColor(k EdgeKind) color.NRGBA {
	switch k {
	case EdgeCon:
		return ColorCon
	case EdgeUndercut:
		return ColorUndercut
	}
	return ColorPro
}
