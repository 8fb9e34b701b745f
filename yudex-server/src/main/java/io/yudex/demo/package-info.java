/** The demo: a realistic Henan set-up (bureau, departments, users per role, catalog) seeded with {@code --yudex.demo=true}. */
package io.yudex.demo;
