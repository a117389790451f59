package aif

// Sniff reports whether data is a JSON object with "nodes" and "edges",
// or "AIF", among its top-level keys: how AIF-JSON is told from other
// JSON. It reads only the top-level keys, skipping their values by their
// brackets and quotes, without a parse and without allocating, and stops
// as soon as it knows; whether the document is valid is for Decode to say
// (with the place of the fault). A leading byte order mark is skipped.
func Sniff(data []byte) bool {
	i := skipWS(data, 0)
	if i+3 <= len(data) && data[i] == 0xEF && data[i+1] == 0xBB && data[i+2] == 0xBF {
		i = skipWS(data, i+3)
	}
	if i >= len(data) || data[i] != '{' {
		return false
	}
	i++
	nodes, edges := false, false
	for {
		i = skipWS(data, i)
		if i >= len(data) || data[i] != '"' {
			return false // "}" (no more keys) or not JSON
		}
		end := skipString(data, i)
		if end < 0 {
			return false
		}
		switch string(data[i+1 : end-1]) { // compiled without allocating
		case "AIF":
			return true
		case "nodes":
			nodes = true
		case "edges":
			edges = true
		}
		if nodes && edges {
			return true
		}
		i = skipWS(data, end)
		if i >= len(data) || data[i] != ':' {
			return false
		}
		if i = skipValue(data, skipWS(data, i+1)); i < 0 {
			return false
		}
		i = skipWS(data, i)
		if i >= len(data) || data[i] != ',' {
			return false
		}
		i++
	}
}

func skipWS(data []byte, i int) int {
	for i < len(data) && (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n') {
		i++
	}
	return i
}

// skipString returns the index after the string starting at data[i] (a
// quote), or -1 when it does not end.
func skipString(data []byte, i int) int {
	for j := i + 1; j < len(data); j++ {
		switch data[j] {
		case '\\':
			j++
		case '"':
			return j + 1
		}
	}
	return -1
}

// skipValue returns the index after the value starting at data[i], or -1
// when it does not end: strings by their quotes, objects and arrays by
// their brackets (in any mix, which a parse would refuse but a sniffer
// need not), anything else up to the next delimiter.
func skipValue(data []byte, i int) int {
	if i >= len(data) {
		return -1
	}
	switch data[i] {
	case '"':
		return skipString(data, i)
	case '{', '[':
		depth := 0
		for j := i; j < len(data); j++ {
			switch data[j] {
			case '"':
				if j = skipString(data, j); j < 0 {
					return -1
				}
				j--
			case '{', '[':
				depth++
			case '}', ']':
				if depth--; depth == 0 {
					return j + 1
				}
			}
		}
		return -1
	}
	j := i
	for j < len(data) && data[j] != ',' && data[j] != '}' && data[j] != ']' && data[j] != ' ' && data[j] != '\t' && data[j] != '\r' && data[j] != '\n' {
		j++
	}
	if j == i {
		return -1
	}
	return j
}
