package native_test

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/argmaptest"
	"github.com/argmap/argmap/argmap/native"
)

// withRound is full() flowed as a policy round: its main claim in the
// 1AC, the objection in the 1NC, the undercutter in the 2AC.
func withRound(t *testing.T) *argmap.Map {
	t.Helper()
	m := full()
	r := argmap.NewRound(argmaptest.IDs("round"), "policy")
	r.Speeches[0].Speaker = "Ada"
	e := argmap.Batch("flow", argmap.SetRound(r),
		argmap.SetClaimSpeech(m.Claims[0].ID, r.Speeches[0].ID),
		argmap.SetClaimSpeech(m.Claims[3].ID, r.Speeches[1].ID),
		argmap.SetClaimSpeech(m.Claims[4].ID, r.Speeches[2].ID))
	if err := e.Apply(m); err != nil {
		t.Fatal(err)
	}
	return m
}

func TestRoundEncodeGolden(t *testing.T) {
	t.Parallel()
	m := withRound(t)
	data, err := native.Encode(m)
	if err != nil {
		t.Fatal(err)
	}
	goldenFile(t, "round", data)
	if !bytes.Contains(data, []byte(`"version": 3,`)) {
		t.Errorf("a map with a round is not written as version 3")
	}
	back, err := native.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if back.Round == nil || len(back.Round.Speeches) != 8 || back.Round.Speeches[0].Speaker != "Ada" ||
		back.Claims[3].Speech != m.Round.Speeches[1].ID || back.Claims[1].Speech != argmap.NilID {
		t.Errorf("round not kept: %+v", back.Round)
	}
	if again, err := native.Encode(back); err != nil || !bytes.Equal(again, data) {
		t.Errorf("encode(decode(encode(m))) differs (err %v)", err)
	}
}

// TestRoundOldestVersion: a map without a round is written as before (its
// own version, byte for byte); a round makes it version 3; clearing the
// round goes back.
func TestRoundOldestVersion(t *testing.T) {
	t.Parallel()
	plain, err := native.Encode(full())
	if err != nil {
		t.Fatal(err)
	}
	m := withRound(t)
	if err := argmap.ClearRound(m).Apply(m); err != nil {
		t.Fatal(err)
	}
	cleared, err := native.Encode(m)
	if err != nil || !bytes.Equal(cleared, plain) {
		t.Errorf("a cleared round is not written as the plain map (err %v):\n%s", err, cleared)
	}
	empty := argmap.New("")
	empty.Round = &argmap.Round{Format: argmap.CustomFormat}
	data, err := native.Encode(empty)
	if err != nil || !bytes.Contains(data, []byte(`"version": 3,`)) || !bytes.Contains(data, []byte(`"round": {`)) {
		t.Errorf("an empty custom round is not written as version 3 (err %v):\n%s", err, data)
	}
}

// TestRoundUpgrade: version 1 and 2 files load, take a round, and are
// written as version 3 with everything they had.
func TestRoundUpgrade(t *testing.T) {
	t.Parallel()
	// private.golden is written by package argmap's tests (private_test.go).
	for name, file := range map[string]string{"full": "testdata/full.golden", "private": "../testdata/private.golden"} {
		old, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		m, err := native.Decode(old)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		r := argmap.NewRound(nil, "bp")
		if err := argmap.Batch("flow", argmap.SetRound(r), argmap.SetClaimSpeech(m.Claims[0].ID, r.Speeches[0].ID)).Apply(m); err != nil {
			t.Fatal(err)
		}
		data, err := native.Encode(m)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(data, []byte(`"version": 3,`)) {
			t.Fatalf("%s with a round is not version 3", name)
		}
		back, err := native.Decode(data)
		if err != nil {
			t.Fatalf("%s as version 3: %v", name, err)
		}
		if err := argmap.ClearRound(back).Apply(back); err != nil {
			t.Fatal(err)
		}
		if again, err := native.Encode(back); err != nil || !bytes.Equal(again, old) {
			t.Errorf("%s: the upgraded map without its round differs from the file (err %v)", name, err)
		}
	}
}

func TestDecodeRoundErrors(t *testing.T) {
	t.Parallel()
	const sp1 = "00000000-0000-4000-8000-0000000000a1"
	v := func(n, body string) string { return strings.Replace(doc(body), `"version": 1`, `"version": `+n, 1) }
	round := func(format, speeches string) string {
		return `"round": {"format": "` + format + `", "speeches": [` + speeches + `]}`
	}
	speech := `{"id": "` + sp1 + `", "name": "1AC", "side": "aff"}`
	claim := func(sp string) string {
		return `"claims": [{"id": "` + id1 + `", "text": "a", "speech": "` + sp + `"}]`
	}
	for _, tc := range []struct{ name, in, want string }{
		{"v3 ok", v("3", claim(sp1)+", "+round("policy", speech)), ""},
		{"v3 custom", v("3", round("custom", speech)), ""},
		{"v1 refuses round", doc(round("policy", speech)),
			`map (line 1, column 44): unknown field "round" in a version 1 file (it needs format version 3)`},
		{"v2 refuses speech", v("2", claim(sp1)),
			`map.claims[0] (line 1, column 115): unknown field "speech" in a version 2 file (it needs format version 3)`},
		{"unknown speech", v("3", claim(id2)+", "+round("policy", speech)), "map.claims[0].speech (line 1, column 125): unknown speech 00000000"},
		{"speech without round", v("3", claim(sp1)), "map.claims[0].speech (line 1, column 125): unknown speech 00000000"},
		{"speech is a claim", v("3", claim(id1)+", "+round("policy", speech)), "map.claims[0].speech (line 1, column 125): unknown speech 00000000"},
		{"unknown format", v("3", round("chess", speech)), `map.round.format (line 1, column 64): unknown format "chess" (expected policy, bp, worlds, pf, ld, or custom)`},
		{"duplicate speech", v("3", round("policy", speech+", "+speech)), "map.round.speeches[1].id (line 1, column 172): duplicate ID 00000000 (also map.round.speeches[0].id)"},
		{"speech ID of a claim", v("3", `"claims": [{"id": "`+sp1+`", "text": "a"}], `+round("policy", speech)),
			"map.claims[0].id (line 1, column 62): duplicate ID 00000000 (also map.round.speeches[0].id)"},
		{"speech ID missing", v("3", round("policy", `{"name": "1AC", "side": "aff"}`)), "map.round.speeches[0].id (line 1, column 87): missing ID"},
		{"speech wrong type", v("3", round("policy", `{"id": "`+sp1+`", "name": 1, "side": "aff"}`)), "map.round.speeches[0].name (line 1, column 142): expected string, got number"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, err := native.Decode([]byte(tc.in))
			if tc.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				if m.Round == nil || len(m.Round.Speeches) != 1 {
					t.Fatalf("round %+v", m.Round)
				}
				return
			}
			if err == nil || err.Error() != tc.want {
				t.Fatalf("Decode error\n got: %v\nwant: %s", err, tc.want)
			}
		})
	}
}
