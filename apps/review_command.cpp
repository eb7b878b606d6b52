#include <cstdio>
#include <filesystem>
#include <iostream>

#include <pwd.h>
#include <unistd.h>

#include "apps/commands.hpp"
#include "apps/exit_codes.hpp"
#include "pipeline/review_queue_sink.hpp"
#include "review/review_service.hpp"

namespace kycx::apps {

namespace fs = std::filesystem;

namespace {

struct ReviewArgs {
  std::string store;
  std::string outbox;
  std::string reviewer;
  std::string reason;
  std::string status = "needs_review";
  std::string document;
  std::string field;
  std::string value;
  bool json = false;
};

// The reviewer is the account running this process, as the system knows it
// (not $USER, which anyone can set).
std::string os_user() {
  if (const passwd* pw = ::getpwuid(::geteuid())) return pw->pw_name;
  return "uid-" + std::to_string(::geteuid());
}

fs::path store_path(const ReviewArgs& a) {
  if (!a.store.empty()) return a.store;
  if (!a.outbox.empty()) return pipeline::default_store_path(a.outbox);
  return pipeline::default_store_path("out");
}

int report(const Error& e) {
  std::fprintf(stderr, "kycx review: %s\n", e.message.c_str());
  return e.code == ErrorCode::kInternal ? kExitInternal : kExitUsage;
}

std::string field_line(const std::string& name, const Field& f) {
  std::string line = "  " + name + " = " + (f.missing() ? "(missing)" : dump_json(f.value));
  char buf[64];
  std::snprintf(buf, sizeof buf, "  [%s, confidence %.2f]", std::string(to_string(f.method)).c_str(), f.confidence);
  line += buf;
  if (f.review.required) {
    line += "  REVIEW:";
    for (const auto& r : f.review.reasons) line += " " + r;
  }
  for (const auto& s : f.source) {
    char where[96];
    std::snprintf(where, sizeof where, "\n      page %d box [%.3f, %.3f, %.3f, %.3f]", s.page, s.bbox.x0, s.bbox.y0,
                  s.bbox.x1, s.bbox.y1);
    line += where;
  }
  return line;
}

// The first 12 hex digits of a document id, and its place in a packet (":2").
std::string short_id(const Envelope& e) {
  return e.document_id.substr(0, 12) + (e.packet ? ":" + std::to_string(e.packet->index) : "");
}

// The file in the inbox, and the pages of a packet's document in it.
std::string where(const store::ReviewDocument& doc) {
  const auto& p = doc.envelope.packet;
  if (!p) return doc.relative_path;
  return doc.relative_path + " p" + std::to_string(p->first_page) +
         (p->last_page > p->first_page ? "-" + std::to_string(p->last_page) : "");
}

void print_done(const store::ReviewDocument& doc) {
  std::printf("%s %s: status %s (revision %lld)\n", short_id(doc.envelope).c_str(), doc.relative_path.c_str(),
              std::string(to_string(doc.envelope.status)).c_str(), static_cast<long long>(doc.revision));
}

// `kycx review list`: one line (or JSON object) per document in a status.
int list_documents(review::ReviewService& service, const ReviewArgs& args) {
  auto docs = service.list(args.status == "all" ? "" : args.status);
  if (!docs) return report(docs.error());
  for (const auto& d : *docs) {
    if (args.json) {
      std::cout << dump_json(Json{{"document_id", d.document_id},
                                  {"relative_path", d.relative_path},
                                  {"packet", d.envelope.packet ? to_json(*d.envelope.packet) : Json()},
                                  {"document_type", d.envelope.document_type},
                                  {"status", to_string(d.envelope.status)},
                                  {"reasons", d.envelope.review.reasons},
                                  {"revision", d.revision},
                                  {"created_at", d.created_at}})
                << '\n';
      continue;
    }
    std::string reasons;
    for (const auto& r : d.envelope.review.reasons) reasons += (reasons.empty() ? "" : ",") + r;
    std::printf("%s  %-12s %-16s %-40s %s\n", short_id(d.envelope).c_str(),
                std::string(to_string(d.envelope.status)).c_str(), d.envelope.document_type.c_str(), where(d).c_str(),
                reasons.c_str());
  }
  if (!args.json) std::printf("%zu documents\n", docs->size());
  return kExitOk;
}

// `kycx review show`: a document's fields, failed checks and history.
int show_document(review::ReviewService& service, const ReviewArgs& args) {
  auto h = service.show(args.document);
  if (!h) return report(h.error());
  const Envelope& e = h->document.envelope;
  if (args.json) {
    Json audit = Json::array();
    for (const auto& a : h->audit) {
      audit.push_back({{"seq", a.seq},
                       {"at", a.at},
                       {"actor", a.actor},
                       {"action", a.action},
                       {"field", a.field},
                       {"old_value", a.old_value},
                       {"new_value", a.new_value},
                       {"reason", a.reason}});
    }
    std::cout << dump_json(Json{{"envelope", e.to_json()}, {"revision", h->document.revision}, {"audit", audit}}, 2)
              << '\n';
    return kExitOk;
  }
  std::printf("%s  %s\n%s, status %s, revision %lld\n", e.document_id.c_str(), h->document.relative_path.c_str(),
              e.document_type.c_str(), std::string(to_string(e.status)).c_str(),
              static_cast<long long>(h->document.revision));
  if (e.packet) {
    std::printf("document %d of %d in the file, pages %d-%d\n", e.packet->index, e.packet->count, e.packet->first_page,
                e.packet->last_page);
  }
  std::printf("fields:\n");
  for (const auto& [name, f] : e.fields) std::printf("%s\n", field_line(name, f).c_str());
  std::printf("failed checks:\n");
  for (const auto& c : e.checks) {
    if (c.result == CheckResult::kFail) std::printf("  %s: %s\n", c.rule.c_str(), c.message.c_str());
  }
  std::printf("history:\n");
  for (const auto& a : h->audit) {
    std::printf("  %s %s %s %s %s -> %s %s\n", a.at.c_str(), a.actor.c_str(), a.action.c_str(), a.field.c_str(),
                dump_json(a.old_value).c_str(), dump_json(a.new_value).c_str(), a.reason.c_str());
  }
  return kExitOk;
}

// The sub-commands of `kycx review` and their options, filled into `args`.
struct ReviewCommands {
  CLI::App* list;
  CLI::App* show;
  CLI::App* approve;
  CLI::App* correct;
  CLI::App* reject;
};

ReviewCommands add_review_subcommands(CLI::App& cmd, ReviewArgs& args) {
  ReviewCommands c{};
  c.list = cmd.add_subcommand("list", "Documents waiting for review");
  c.list->add_option("--status", args.status, "needs_review (default), accepted, rejected, or all");
  c.list->add_flag("--json", args.json, "one JSON object per document");
  c.show = cmd.add_subcommand("show", "A document's fields, checks and review history");
  c.show->add_option("doc", args.document, "document id, id prefix (with :N for document N of a packet) or inbox path")
      ->required();
  c.show->add_flag("--json", args.json, "the stored envelope and history as JSON");
  c.approve = cmd.add_subcommand("approve", "Confirm a field's value as read");
  c.approve->add_option("doc", args.document)->required();
  c.approve->add_option("field", args.field)->required();
  c.correct = cmd.add_subcommand("correct", "Set a field's value (method becomes review)");
  c.correct->add_option("doc", args.document)->required();
  c.correct->add_option("field", args.field)->required();
  c.correct->add_option("value", args.value, "canonical format: dates YYYY-MM-DD, money 1234.50, lists as JSON")
      ->required();
  c.reject = cmd.add_subcommand("reject", "Reject the whole document");
  c.reject->add_option("doc", args.document)->required();
  for (auto* action : {c.approve, c.correct, c.reject}) {
    action->add_option("--reviewer", args.reviewer,
                       "who is acting: must be the OS account running kycx (the default), which is what is recorded");
    action->add_option("--reason", args.reason, "why (kept on the audit trail)");
  }
  return c;
}

}  // namespace

CommandRunner add_review_command(CLI::App& app, const PipelineFlags& /*flags*/) {
  auto args = std::make_shared<ReviewArgs>();
  CLI::App* cmd = app.add_subcommand("review", "List, show, approve and correct fields that need review");
  cmd->require_subcommand(1);
  cmd->add_option("--store", args->store, "review store (SQLite file); default OUTBOX/.kycx/kycx.sqlite")
      ->envname("KYCX_STORE");
  cmd->add_option("--outbox", args->outbox, "the outbox kycx batch wrote to (locates its store)")
      ->envname("KYCX_OUTBOX");
  cmd->footer(
      "DOC is a document id (or its first 8+ hex digits; :N after it for document N of a packet) or the file's path in "
      "the inbox.\n"
      "Every action records who (the OS account running kycx), when, the old and new value and\n"
      "--reason on the audit trail, and rewrites the outbox envelope. A document leaves review once\n"
      "(accepted when nothing is left to check, or rejected); a corrected value must pass the same\n"
      "formats and rules as an extracted one, and approving a value does not waive a rule it breaks.\n"
      "Exit status: 0 done; 2 unknown document or field, a value of the wrong format, or a store that\n"
      "cannot be used (locked, read-only, damaged) - nothing is changed then.");
  const ReviewCommands c = add_review_subcommands(*cmd, *args);

  return [args, c]() -> int {
    const bool writes = c.approve->parsed() || c.correct->parsed() || c.reject->parsed();
    auto service = review::ReviewService::open(store_path(*args), /*read_only=*/!writes);
    if (!service) return report(service.error());
    if (c.list->parsed()) return list_documents(*service, *args);
    if (c.show->parsed()) return show_document(*service, *args);
    const std::string account = os_user();
    if (!args->reviewer.empty() && args->reviewer != account) {
      std::fprintf(stderr,
                   "kycx review: the reviewer recorded is the OS account running kycx (%s), not --reviewer %s; "
                   "run kycx as that reviewer's own account\n",
                   account.c_str(), args->reviewer.c_str());
      return kExitUsage;
    }
    const review::Reviewer who{account, args->reason};
    Result<store::ReviewDocument> done = c.approve->parsed() ? service->approve(args->document, args->field, who)
                                         : c.correct->parsed()
                                             ? service->correct(args->document, args->field, args->value, who)
                                             : service->reject(args->document, who);
    if (!done) return report(done.error());
    print_done(*done);
    return kExitOk;
  };
}

}  // namespace kycx::apps
