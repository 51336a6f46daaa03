package server

import (
	"encoding/json"
	"net/http"
	"sync"
)

// cache keeps encoded answers of the expensive reads (events pages and
// aggregates, which count over the whole table) keyed by the store's
// generation and the request URL: any saved batch changes the generation,
// so an answer is never served after the data it was computed from
// changed. When full it is emptied, which keeps it simple and bounded.
type cache struct {
	mu  sync.Mutex
	max int
	m   map[cacheKey][]byte
}

type cacheKey struct {
	gen int64
	url string
}

func newCache(max int) *cache { return &cache{max: max, m: map[cacheKey][]byte{}} }

func (c *cache) get(k cacheKey) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	b, ok := c.m[k]
	return b, ok
}

func (c *cache) put(k cacheKey, b []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.m) >= c.max {
		clear(c.m)
	}
	c.m[k] = b
}

// cached serves a read through the cache. fn returns the status and the
// value to encode, or an error: with a status (400) it is the client's,
// without (0) the store's.
func (s *Server) cached(fn func(r *http.Request) (int, any, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		gen, err := s.cfg.Store.Generation(r.Context())
		if err != nil {
			s.fail(w, r, err)
			return
		}
		k := cacheKey{gen, r.URL.Path + "?" + r.URL.RawQuery}
		if b, ok := s.cache.get(k); ok {
			w.Header().Set("Content-Type", "application/json; charset=utf-8")
			w.Header().Set("X-Cache", "hit")
			w.Write(b)
			return
		}
		status, v, err := fn(r)
		if err != nil {
			if status != 0 {
				writeError(w, status, err)
			} else {
				s.fail(w, r, err)
			}
			return
		}
		b, err := json.Marshal(v)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		b = append(b, '\n')
		s.cache.put(k, b)
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.Header().Set("X-Cache", "miss")
		w.WriteHeader(status)
		w.Write(b)
	}
}
