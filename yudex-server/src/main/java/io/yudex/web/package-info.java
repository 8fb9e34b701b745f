/** The server-rendered console (Thymeleaf + htmx): pages over the features' public APIs, nothing of its own to store. */
package io.yudex.web;
