/** Documents: what enterprises upload, and (with #6) how it is stored and served. */
package cn.autogov.document;
