package formats

import (
	"testing"
)

// Every text format is read with or without a UTF-8 byte order mark, as
// editors on Windows write them, by name and by content (issue 19: a BOM
// made a native map "not an Argmap map").
func TestByteOrderMark(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		format, path, data string
		claims             int
	}{
		{"json", "m.argmap.json", nativeDoc(`, "claims": [` + nativeClaim(hid1, `"a"`, "") + `]`), 1},
		{"aif", "m.json", `{"nodes": [{"nodeID": "1", "text": "a", "type": "I"}, {"nodeID": "2", "text": "b", "type": "I"}, {"nodeID": "3", "text": "RA", "type": "RA"}], "edges": [{"fromID": "1", "toID": "3"}, {"fromID": "3", "toID": "2"}], "locutions": []}`, 2},
		{"kialo", "d.txt", "Discussion Title: T\n\n1. A\n1.1. Pro: B\n", 2},
		{"argdown", "d.argdown", "[A]: a\n  + [B]: b\n", 2},
		{"apx", "f.apx", "arg(a).\narg(b).\natt(a,b).\n", 2},
		{"tgf", "f.tgf", "a\nb\n#\na b\n", 2},
		{"iccma", "f.af", "p af 2\n1 2\n", 2},
	} {
		for _, path := range []string{tc.path, "unnamed"} {
			t.Run(tc.format+"/"+path, func(t *testing.T) {
				if path == "unnamed" && tc.format == "tgf" {
					t.Skip("TGF has no signature to sniff: it is found by its extension only")
				}
				for _, bom := range []string{"", "\uFEFF"} {
					m, f, err := Decode(path, []byte(bom+tc.data))
					if err != nil {
						t.Fatalf("BOM %q: %v", bom, err)
					}
					if f.Name != tc.format || len(m.Claims) != tc.claims {
						t.Fatalf("BOM %q: read as %s with %d claims, want %s with %d", bom, f.Name, len(m.Claims), tc.format, tc.claims)
					}
				}
			})
		}
	}
}
