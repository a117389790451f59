package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/native"
)

// TestMCPStdio runs `argmap mcp FILE` as a client starts it: JSON-RPC lines
// on its standard input and output, until the client closes the input.
func TestMCPStdio(t *testing.T) {
	t.Parallel()
	path := buildMapFile(t, t.TempDir(), "m.argmap.json", func(m *argmap.Map, id func() argmap.ID) {
		m.Claims = []*argmap.Claim{{ID: id(), Text: "Cities should tax cars"}}
	})
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	var stderr bytes.Buffer
	code := make(chan int, 1)
	go func() {
		code <- testProgram().Run([]string{"mcp", path}, inR, outW, &stderr)
		outW.Close()
	}()
	lines := bufio.NewScanner(outR)
	lines.Buffer(nil, 1<<20)
	send := func(msg string) {
		t.Helper()
		if _, err := io.WriteString(inW, msg+"\n"); err != nil {
			t.Fatal(err)
		}
	}
	reply := func() map[string]any {
		t.Helper()
		if !lines.Scan() {
			t.Fatalf("no reply: %v; stderr %s", lines.Err(), stderr.String())
		}
		var v map[string]any
		if err := json.Unmarshal(lines.Bytes(), &v); err != nil {
			t.Fatalf("%v in %s", err, lines.Bytes())
		}
		return v
	}
	send(`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"cli-test","version":"1"}}}`)
	if r := reply(); r["result"].(map[string]any)["serverInfo"].(map[string]any)["name"] != "argmap" {
		t.Fatalf("initialize: %v", r)
	}
	send(`{"jsonrpc":"2.0","method":"notifications/initialized"}`)
	send(`{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"propose_claim","arguments":{"text":"Buses get faster"}}}`)
	r := reply()
	res := r["result"].(map[string]any)
	if res["isError"] == true {
		t.Fatalf("propose_claim: %v", res)
	}
	inW.Close()
	if c := <-code; c != ExitOK {
		t.Fatalf("exit %d: %s", c, stderr.String())
	}
	m, err := native.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Claims) != 2 || !m.Claims[1].Pending() || m.Claims[1].Proposal.By != "cli-test" {
		t.Errorf("saved %d claims, the new one %+v", len(m.Claims), m.Claims[len(m.Claims)-1])
	}
}

func TestMCPUsage(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"mcp"}, ExitUsage, "expected one FILE, got 0"},
		{[]string{"mcp", "a", "b"}, ExitUsage, "expected one FILE, got 2"},
		{[]string{"mcp", filepath.Join(t.TempDir(), "none.argmap.json")}, ExitFail, "none.argmap.json"},
	} {
		var stderr bytes.Buffer
		if c := testProgram().Run(tc.args, strings.NewReader(""), io.Discard, &stderr); c != tc.code || !strings.Contains(stderr.String(), tc.want) {
			t.Errorf("%v: exit %d, %q; want %d, %q", tc.args, c, stderr.String(), tc.code, tc.want)
		}
	}
}
