#pragma once

#include <QByteArray>
#include <QString>

namespace hotline::test {

// A small washing-machine tree with one ending of every kind, for service and GUI tests.
//   q_start 1 → i_rebalance 1 → fix_rebalance (remote fix)
//                           2 → visit_spin (visit)
//           2 → parts_pump (parts: drain pump)
//           3 → tech_e21 (technical support)
//           4 → q_door 1 → fix_door (remote fix)
//                      2 → carry_board (carry-in)
inline QByteArray washerTree(int version = 1, const QString &category = QStringLiteral("washing_machine"))
{
    const QString json = QStringLiteral(R"({
  "format": 1, "category": "%1", "version": %2,
  "title": {"zh_CN": "洗衣机", "en": "Washing machine"},
  "start": "q_start",
  "symptoms": [{"label": {"zh_CN": "不启动", "en": "Will not start"}, "node": "q_door"}],
  "nodes": [
    {"id": "q_start", "kind": "question",
     "text": {"zh_CN": "洗衣机现在是什么情况？", "en": "What is the machine doing?"},
     "say": {"zh_CN": "我先问您几个问题，好吗？", "en": "May I ask you a few questions?"},
     "answers": [
       {"label": {"zh_CN": "不脱水", "en": "Does not spin"}, "next": "i_rebalance"},
       {"label": {"zh_CN": "漏水", "en": "Leaks"}, "next": "parts_pump"},
       {"label": {"zh_CN": "报 E21", "en": "Shows E21"}, "next": "tech_e21"},
       {"label": {"zh_CN": "不启动", "en": "Will not start"}, "next": "q_door"}]},
    {"id": "i_rebalance", "kind": "instruction",
     "text": {"zh_CN": "请把衣物抖散铺平后重新脱水。", "en": "Spread the laundry evenly and spin again."},
     "expect": {"zh_CN": "脱水平稳", "en": "The spin runs smoothly"},
     "answers": [
       {"label": {"zh_CN": "恢复正常", "en": "Works now"}, "next": "fix_rebalance"},
       {"label": {"zh_CN": "仍然不行", "en": "Still not working"}, "next": "visit_spin"}]},
    {"id": "q_door", "kind": "question",
     "text": {"zh_CN": "机门是否完全关好？", "en": "Is the door fully closed?"},
     "answers": [
       {"label": {"zh_CN": "没关好，关好后能启动", "en": "It was open; starts now"}, "next": "fix_door"},
       {"label": {"zh_CN": "已关好，仍不启动", "en": "Closed, still dead"}, "next": "carry_board"}]},
    {"id": "fix_rebalance", "kind": "outcome", "outcome": "remote_fix",
     "text": {"zh_CN": "衣物不平衡，已指导客户重新摆放", "en": "Unbalanced load, rearranged"}},
    {"id": "fix_door", "kind": "outcome", "outcome": "remote_fix",
     "text": {"zh_CN": "机门未关好", "en": "Door was not closed"}},
    {"id": "visit_spin", "kind": "outcome", "outcome": "visit",
     "text": {"zh_CN": "脱水故障需上门", "en": "Spin fault, visit"}},
    {"id": "parts_pump", "kind": "outcome", "outcome": "parts",
     "part": {"zh_CN": "排水泵", "en": "Drain pump"},
     "text": {"zh_CN": "排水泵漏水", "en": "Drain pump leaking"}},
    {"id": "tech_e21", "kind": "outcome", "outcome": "tech_support",
     "text": {"zh_CN": "E21 需技术支持判断", "en": "E21 needs technical support"}},
    {"id": "carry_board", "kind": "outcome", "outcome": "carry_in",
     "text": {"zh_CN": "控制板故障，送修", "en": "Control board, carry-in"}}
  ]
})");
    return json.arg(category).arg(version).toUtf8();
}

} // namespace hotline::test
