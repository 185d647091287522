<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountService</name>
    <message numerus="yes">
        <source>Password: use at least %n characters.</source>
        <translation>
            <numerusform>密码：至少 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Password: it starts or ends with a space; type it without.</source>
        <translation>密码：首尾有空格，请去掉空格后重新输入。</translation>
    </message>
    <message>
        <source>User name &apos;%1&apos;: use 1 to 32 small letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit.</source>
        <translation>用户名“%1”：请使用 1 到 32 个小写字母、数字、“.”、“-”或“_”，并以字母或数字开头。</translation>
    </message>
    <message>
        <source>The first user must be an administrator (--role admin): only an administrator can add the others.</source>
        <translation>第一个用户必须是管理员（--role admin）：其他用户只能由管理员添加。</translation>
    </message>
    <message>
        <source>User name &apos;%1&apos; is taken: choose another.</source>
        <translation>用户名“%1”已被占用，请另选一个。</translation>
    </message>
    <message>
        <source>There is no user &apos;%1&apos;.</source>
        <translation>没有用户“%1”。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the last administrator who can log in: add another administrator before disabling this one.</source>
        <translation>“%1”是最后一个可登录的管理员：请先添加另一位管理员，再停用此账号。</translation>
    </message>
    <message>
        <source>The account &apos;%1&apos; is disabled: ask an administrator.</source>
        <translation>账号“%1”已停用，请联系管理员。</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
</context>
<context>
    <name>AssignmentCheck</name>
    <message>
        <source>%1–%2 is outside %3&apos;s working hours (%4–%5)</source>
        <translation>%1–%2 不在 %3 的工作时间（%4–%5）内</translation>
    </message>
    <message>
        <source>%1 is not trained for %2</source>
        <translation>%1 不具备%2维修技能</translation>
    </message>
    <message>
        <source>%1 is outside %2&apos;s district (%3)</source>
        <translation>%1 不在 %2 的服务区域（%3）内</translation>
    </message>
    <message>
        <source>Overlaps %1&apos;s visit %2–%3</source>
        <translation>与 %1 的上门时间 %2–%3 冲突</translation>
    </message>
    <message>
        <source>From %1&apos;s visit ending %2 in %3: %4 min travel + %5 min early arrival needs until %6; %7 min short</source>
        <translation>从上一单（%1，%3，%2 结束）出发：路程 %4 分钟 + 提前到达 %5 分钟，最早 %6 开始；还差 %7 分钟</translation>
    </message>
    <message>
        <source>To %1&apos;s visit at %2 in %3: %4 min travel + %5 min early arrival; %6 min short</source>
        <translation>赶往下一单（%1，%3，%2 开始）：路程 %4 分钟 + 提前到达 %5 分钟；还差 %6 分钟</translation>
    </message>
    <message>
        <source>Out of warranty and the customer has not agreed to the charge (R4)</source>
        <translation>已过保修期，客户尚未同意收费（R4）</translation>
    </message>
    <message>
        <source>Technical support has not looked at this fault yet (R7e)</source>
        <translation>技术支持尚未判断该故障（R7e）</translation>
    </message>
    <message>
        <source>%1–%2 is outside the times the customer can receive the engineer (%3)</source>
        <translation>%1–%2 不在客户可接待工程师的时间内（%3）</translation>
    </message>
</context>
<context>
    <name>CallbackService</name>
    <message>
        <source>The follow-up calls were not produced: %1</source>
        <translation>回访任务未生成：%1</translation>
    </message>
    <message>
        <source>the service centre</source>
        <translation>售后服务中心</translation>
    </message>
    <message>
        <source>[%1] Hello %2, we tried to call you about your repair (ticket %3) but could not reach you. Please call us back at a convenient time. Thank you.</source>
        <translation>【%1】%2您好，我们多次致电回访您的报修（工单 %3），均未能接通。请您方便时回电，谢谢！</translation>
    </message>
    <message>
        <source>Take the call first: another operator may be calling this customer.</source>
        <translation>请先领取该回访：可能有其他回访员正在联系这位客户。</translation>
    </message>
    <message>
        <source>Write down what happened before recording the complaint.</source>
        <translation>请先记录事情经过，再登记投诉。</translation>
    </message>
    <message>
        <source>This call was changed elsewhere; the queue has been refreshed.</source>
        <translation>该回访已在别处被处理，队列已刷新。</translation>
    </message>
    <message>
        <source>The call was not recorded: %1</source>
        <translation>回访结果未保存：%1</translation>
    </message>
    <message>
        <source>Write down how the complaint was resolved.</source>
        <translation>请写明投诉的处理结果。</translation>
    </message>
    <message>
        <source>This complaint was already resolved.</source>
        <translation>该投诉已被处理。</translation>
    </message>
</context>
<context>
    <name>Centre</name>
    <message>
        <source>operator</source>
        <translation>接线员</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Assigning, moving or taking back visits</source>
        <translation>派工、改派或撤回上门</translation>
    </message>
    <message>
        <source>Overriding a refused assignment</source>
        <translation>强制派工</translation>
    </message>
    <message>
        <source>Changing the guided-triage content</source>
        <translation>修改电话诊断流程</translation>
    </message>
    <message>
        <source>Exporting customer data</source>
        <translation>导出客户数据</translation>
    </message>
    <message>
        <source>Changing the centre&apos;s settings</source>
        <translation>修改服务中心设置</translation>
    </message>
    <message>
        <source>Managing users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>%1 needs the %2 role; %3 is logged in as %4.</source>
        <translation>%1需要%2权限；%3当前以%4身份登录。</translation>
    </message>
    <message>
        <source>Reading the audit trail</source>
        <translation>查看审计记录</translation>
    </message>
</context>
<context>
    <name>CustomerAvailability</name>
    <message>
        <source>In “%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>which days? Write the days or a date before the hours, e.g. “Mon-Fri %1” or “2026-11-25 %1”</source>
        <translation>是哪几天？请在时间前写星期或日期，例如“Mon-Fri %1”或“2026-11-25 %1”</translation>
    </message>
    <message>
        <source>the hours are missing; write them after %1, e.g. “%1 12:00-17:00”</source>
        <translation>缺少时间；请写在 %1 之后，例如“%1 12:00-17:00”</translation>
    </message>
    <message>
        <source>write the hours as from-to, e.g. “12:00-17:00”</source>
        <translation>时间请写成“开始-结束”，例如“12:00-17:00”</translation>
    </message>
    <message>
        <source>“%1” is not a time; write hours and minutes, e.g. “09:00”</source>
        <translation>“%1”不是时间；请写时和分，例如“09:00”</translation>
    </message>
    <message>
        <source>“%1” is not a date; write year-month-day, e.g. “2026-11-25 09:00-11:00”</source>
        <translation>“%1”不是日期；请按年-月-日书写，例如“2026-11-25 09:00-11:00”</translation>
    </message>
    <message>
        <source>“%1” is not a time; write hours and minutes, e.g. “17:00”</source>
        <translation>“%1”不是时间；请写时和分，例如“17:00”</translation>
    </message>
    <message>
        <source>the end comes before the start; write the earlier time first, e.g. “09:00-11:00”</source>
        <translation>结束早于开始；请先写较早的时间，例如“09:00-11:00”</translation>
    </message>
    <message>
        <source>“%1” is not a day of the week; write Mon, Tue, Wed, Thu, Fri, Sat or Sun, e.g. “Mon,Wed,Fri 12:00-17:00” or “Mon-Fri 09:00-12:00”</source>
        <translation>“%1”不是星期；请写 Mon、Tue、Wed、Thu、Fri、Sat 或 Sun，例如“Mon,Wed,Fri 12:00-17:00”或“Mon-Fri 09:00-12:00”</translation>
    </message>
    <message>
        <source>the end comes before the start; write the earlier time first, e.g. “12:00-17:00”</source>
        <translation>结束早于开始；请先写较早的时间，例如“12:00-17:00”</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>任何时间</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>%1 %2 %3–%4</source>
        <translation>%2（%1）%3–%4</translation>
    </message>
    <message>
        <source>%1 %2 %3 – %4 %5 %6</source>
        <translation>%2（%1）%3 至 %5（%4）%6</translation>
    </message>
</context>
<context>
    <name>DayPlanner</name>
    <message>
        <source>meets the 24-hour visit commitment that way (R13)</source>
        <translation>这样可满足24小时上门承诺（R13）</translation>
    </message>
    <message>
        <source>back to its booked time (R14)</source>
        <translation>回到原预约时间（R14）</translation>
    </message>
    <message>
        <source>saves %1 min of travel</source>
        <translation>减少路程 %1 分钟</translation>
    </message>
    <message>
        <source>makes room for urgent visit %1 (R12)</source>
        <translation>为紧急上门 %1 腾出时间（R12）</translation>
    </message>
    <message>
        <source>makes room for visit %1</source>
        <translation>为上门 %1 腾出时间</translation>
    </message>
    <message>
        <source>taken off to make room for urgent visit %1 (R12)</source>
        <translation>已撤下，为紧急上门 %1 腾出时间（R12）</translation>
    </message>
    <message>
        <source>taken off to make room for visit %1</source>
        <translation>已撤下，为上门 %1 腾出时间</translation>
    </message>
</context>
<context>
    <name>DemoCentre</name>
    <message>
        <source>%1 already holds customers: demo data goes into a new, empty database</source>
        <translation>%1 中已有客户数据：演示数据只能写入新建的空数据库</translation>
    </message>
</context>
<context>
    <name>DispatchService</name>
    <message>
        <source>Someone else changed this visit a moment ago; the board has been refreshed.</source>
        <translation>该上门安排刚刚已被他人修改，看板已刷新。</translation>
    </message>
    <message>
        <source>The customer did not agree to the new time: give the visit to another engineer or put it back in the queue</source>
        <translation>客户不同意新的上门时间：请改派其他工程师，或退回待派工队列</translation>
    </message>
    <message>
        <source>The board change was not saved: %1</source>
        <translation>看板修改未保存：%1</translation>
    </message>
    <message>
        <source>The visit result was not saved: %1</source>
        <translation>上门结果未保存：%1</translation>
    </message>
    <message>
        <source>The pin was not saved: %1</source>
        <translation>固定未保存：%1</translation>
    </message>
</context>
<context>
    <name>IntakeCheck</name>
    <message>
        <source>No customer name</source>
        <translation>缺少客户姓名</translation>
    </message>
    <message>
        <source>No address</source>
        <translation>缺少地址</translation>
    </message>
    <message>
        <source>Address unclear: ask for street, building and door number</source>
        <translation>地址不详：请询问街道、楼栋和门牌号</translation>
    </message>
    <message>
        <source>%1 is not a valid phone number: read it back to the customer</source>
        <translation>%1 不是有效的电话号码：请向客户复述核对</translation>
    </message>
    <message>
        <source>No contact number</source>
        <translation>缺少联系电话</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>缺少型号</translation>
    </message>
    <message>
        <source>Model %1 is not in the catalogue: check the nameplate</source>
        <translation>型号 %1 不在产品目录中：请核对铭牌</translation>
    </message>
    <message>
        <source>No purchase date: warranty cannot be decided</source>
        <translation>缺少购买日期：无法判定是否在保</translation>
    </message>
    <message>
        <source>Not a date: type it as YYYY-MM-DD, e.g. %1</source>
        <translation>日期无效：请按 YYYY-MM-DD 格式输入，如 %1</translation>
    </message>
    <message>
        <source>Purchase date %1 is in the future</source>
        <translation>购买日期 %1 晚于今天</translation>
    </message>
    <message>
        <source>Purchase date %1 is before 1980: check the year</source>
        <translation>购买日期 %1 早于 1980 年：请核对年份</translation>
    </message>
    <message>
        <source>No fault description</source>
        <translation>缺少故障描述</translation>
    </message>
    <message>
        <source>Fault is vague: ask what the unit does or does not do</source>
        <translation>故障描述不清：请询问具体故障现象</translation>
    </message>
    <message>
        <source>Out of warranty since %1: the customer must agree to the charge before dispatch</source>
        <translation>自 %1 起已过保修期：派工前须经客户同意收费</translation>
    </message>
    <message>
        <source>Address unclear</source>
        <translation>地址不详</translation>
    </message>
    <message>
        <source>Invalid number %1</source>
        <translation>号码 %1 无效</translation>
    </message>
    <message>
        <source>Unknown model %1</source>
        <translation>未知型号 %1</translation>
    </message>
    <message>
        <source>No purchase date</source>
        <translation>缺少购买日期</translation>
    </message>
    <message>
        <source>Vague fault</source>
        <translation>故障描述不清</translation>
    </message>
    <message>
        <source>Charge not yet agreed (out of warranty)</source>
        <translation>客户未同意收费（已过保）</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <source>Caller</source>
        <translation>来电客户</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>Caller&apos;s number, any format</source>
        <translation>来电号码，格式不限</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>首选</translation>
    </message>
    <message>
        <source>&amp;Other number</source>
        <translation>其他号码(&amp;O)</translation>
    </message>
    <message>
        <source>Landline or second mobile</source>
        <translation>固话或备用手机</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>Customer&apos;s name</source>
        <translation>客户姓名</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>Street, number, building, floor, door</source>
        <translation>街道门牌、楼栋、楼层、房号</translation>
    </message>
    <message>
        <source>District (used for dispatch)</source>
        <translation>区县（用于派工）</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>型号(&amp;M)</translation>
    </message>
    <message>
        <source>On the nameplate, if known</source>
        <translation>见机身铭牌（选填）</translation>
    </message>
    <message>
        <source>P&amp;urchased</source>
        <translation>购买日期(&amp;U)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Customer agrees to the &amp;charge (out of warranty)</source>
        <translation>客户同意收费（已过保）(&amp;C)</translation>
    </message>
    <message>
        <source>Fault and request</source>
        <translation>故障与服务需求</translation>
    </message>
    <message>
        <source>&amp;Fault</source>
        <translation>故障描述(&amp;F)</translation>
    </message>
    <message>
        <source>In the customer&apos;s words: what the unit does or does not do, since when, any error code</source>
        <translation>按客户原话记录：故障现象、出现时间、错误代码（如有）</translation>
    </message>
    <message>
        <source>S&amp;ervice</source>
        <translation>服务方式(&amp;E)</translation>
    </message>
    <message>
        <source>Pre&amp;ferred time</source>
        <translation>期望时间(&amp;F)</translation>
    </message>
    <message>
        <source>e.g. weekday afternoons</source>
        <translation>如：工作日下午</translation>
    </message>
    <message>
        <source>Anything else the customer asked for</source>
        <translation>客户提出的其他要求</translation>
    </message>
    <message>
        <source>Pr&amp;iority</source>
        <translation>优先级(&amp;I)</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>报修渠道(&amp;H)</translation>
    </message>
    <message>
        <source>New call</source>
        <translation>新来电</translation>
    </message>
    <message>
        <source>Save ticket</source>
        <translation>保存工单</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>报修产品</translation>
    </message>
    <message>
        <source>Se&amp;rial no.</source>
        <translation>序列号(&amp;R)</translation>
    </message>
    <message>
        <source>Other re&amp;quests</source>
        <translation>其他需求(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>IntakeService</name>
    <message>
        <source>The ticket was not saved: %1</source>
        <translation>工单未保存：%1</translation>
    </message>
</context>
<context>
    <name>JobSheet</name>
    <message>
        <source>In warranty</source>
        <translation>保修期内</translation>
    </message>
    <message>
        <source>Out of warranty: customer agreed to the charge</source>
        <translation>已过保：客户已同意收费</translation>
    </message>
    <message>
        <source>Out of warranty: charge NOT yet agreed</source>
        <translation>已过保：客户尚未同意收费</translation>
    </message>
    <message>
        <source>Warranty unknown</source>
        <translation>保修状态未知</translation>
    </message>
    <message>
        <source>Job sheet</source>
        <translation>派工单</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>保修</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>故障描述</translation>
    </message>
    <message>
        <source>Phone triage found</source>
        <translation>电话诊断结论</translation>
    </message>
    <message>
        <source>Parts to bring</source>
        <translation>需携带配件</translation>
    </message>
    <message>
        <source>none requested</source>
        <translation>未申请配件</translation>
    </message>
    <message>
        <source>Quality (1–5):</source>
        <translation>服务质量（1–5）：</translation>
    </message>
    <message>
        <source>Attitude (1–5):</source>
        <translation>服务态度（1–5）：</translation>
    </message>
    <message>
        <source>Customer signature</source>
        <translation>客户签字</translation>
    </message>
    <message>
        <source>No visits.</source>
        <translation>当天无上门任务。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to Hotline</source>
        <translation>登录 Hotline</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
</context>
<context>
    <name>MorningList</name>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>故障描述</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>工程师</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>回访原因</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Follow-up calls</source>
        <translation>回访清单</translation>
    </message>
</context>
<context>
    <name>PlanningBoard</name>
    <message>
        <source>its engineer is not on the plan for that day</source>
        <translation>其工程师当天不在计划内</translation>
    </message>
    <message>
        <source>its booked time no longer fits: %1</source>
        <translation>原预约时间已不可行：%1</translation>
    </message>
    <message>
        <source>the check refused the planned slot: %1</source>
        <translation>派工检查拒绝了计划的时段：%1</translation>
    </message>
    <message>
        <source>Moved from %1 at %2 to %3 at %4–%5</source>
        <translation>由 %1 %2 改为 %3 %4–%5</translation>
    </message>
    <message>
        <source>an engineer not on the plan</source>
        <translation>计划外的工程师</translation>
    </message>
    <message>
        <source>To %1 at %2–%3</source>
        <translation>派给 %1，%2–%3</translation>
    </message>
    <message>
        <source>urgent: the fault stops the customer&apos;s work (R12)</source>
        <translation>紧急：故障使客户无法工作（R12）</translation>
    </message>
    <message>
        <source>no 24-hour visit clock: the request time is not recorded</source>
        <translation>无24小时上门时限：未记录报修时间</translation>
    </message>
    <message>
        <source>meets the 24-hour visit commitment, due %1 (R13)</source>
        <translation>满足24小时上门承诺，截止 %1（R13）</translation>
    </message>
    <message>
        <source>misses the 24-hour visit commitment, due %1: no earlier slot was free (R13)</source>
        <translation>未满足24小时上门承诺，截止 %1：没有更早的空闲时段（R13）</translation>
    </message>
    <message>
        <source>adds %1 min of travel</source>
        <translation>增加路程 %1 分钟</translation>
    </message>
    <message>
        <source>the customer must agree to the new time (R14)</source>
        <translation>新时间须经客户同意（R14）</translation>
    </message>
    <message>
        <source>The service centre does not work on %1 (R27)</source>
        <translation>服务中心 %1 不工作（R27）</translation>
    </message>
    <message>
        <source>%1 is already over</source>
        <translation>%1 已经过去</translation>
    </message>
    <message>
        <source>No engineer on the plan is trained for %1 and works in %2 (R11)</source>
        <translation>计划中没有具备%1维修技能、服务区域为 %2 的工程师（R11）</translation>
    </message>
    <message>
        <source>The customer cannot receive the engineer on %1 (%2)</source>
        <translation>客户 %1 无法接待工程师（%2）</translation>
    </message>
    <message numerus="yes">
        <source>No free %1-minute slot with the %n engineer(s) who could go</source>
        <translation>
            <numerusform>可派的 %n 位工程师都没有 %1 分钟的空闲时段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No free %1-minute slot with the %n engineer(s) who could go, inside the customer&apos;s availability (%2)</source>
        <translation>
            <numerusform>可派的 %n 位工程师在客户可接待时间（%2）内都没有 %1 分钟的空闲时段</numerusform>
        </translation>
    </message>
    <message>
        <source>back to the supervisor (R14)</source>
        <translation>退回主管（R14）</translation>
    </message>
</context>
<context>
    <name>PlanningService</name>
    <message>
        <source>Someone else changed the board meanwhile: nothing was changed. Plan the day again.</source>
        <translation>其他人刚修改了派工板：未做任何更改。请重新规划当天。</translation>
    </message>
    <message>
        <source>The plan was not saved: %1</source>
        <translation>计划未保存：%1</translation>
    </message>
    <message>
        <source>The plan no longer fits the board (%1): nothing was changed.</source>
        <translation>计划已与派工板不符（%1）：未做任何更改。</translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>%1 of %2</source>
        <translation>%2 中 %1</translation>
    </message>
    <message>
        <source>Calls taken</source>
        <translation>受理来电</translation>
    </message>
    <message>
        <source>Fixed on the phone (remote-fix rate)</source>
        <translation>电话解决率</translation>
    </message>
    <message>
        <source>%1 of %2 guided calls</source>
        <translation>诊断来电 %2 通中 %1 通</translation>
    </message>
    <message>
        <source>In the dispatch queue within 5 minutes (R9)</source>
        <translation>5 分钟内转入派工队列（R9）</translation>
    </message>
    <message>
        <source>Visited within 24 working hours (R13)</source>
        <translation>24 个工作小时内上门（R13）</translation>
    </message>
    <message>
        <source>Repaired within 48 working hours (R13)</source>
        <translation>48 个工作小时内修复（R13）</translation>
    </message>
    <message>
        <source>Repeat visits: reopened after the follow-up call (R20)</source>
        <translation>返修：回访后重开（R20）</translation>
    </message>
    <message>
        <source>Satisfaction with the unit (1–5)</source>
        <translation>产品满意度（1–5）</translation>
    </message>
    <message numerus="yes">
        <source>%n rated follow-up call(s)</source>
        <translation>
            <numerusform>%n 通回访已评分</numerusform>
        </translation>
    </message>
    <message>
        <source>Satisfaction with the engineer (1–5)</source>
        <translation>工程师满意度（1–5）</translation>
    </message>
    <message>
        <source>Complaints opened (R24)</source>
        <translation>新增投诉（R24）</translation>
    </message>
    <message>
        <source>Complaints resolved</source>
        <translation>已处理投诉</translation>
    </message>
    <message>
        <source>Complaints open now</source>
        <translation>当前未结投诉</translation>
    </message>
    <message>
        <source>Visits: %1</source>
        <translation>上门：%1</translation>
    </message>
    <message>
        <source>%1 completed</source>
        <translation>已完成 %1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Service report</source>
        <translation>售后服务报告</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>SLA breaches recorded as they happened (R13)</source>
        <translation>实时记录的 SLA 超时（R13）</translation>
    </message>
    <message>
        <source>%1 without a visit in 24 h, %2 not repaired in 48 h</source>
        <translation>%1 单 24 小时内未上门，%2 单 48 小时内未修复</translation>
    </message>
</context>
<context>
    <name>ServicePhrases</name>
    <message>
        <source>Hello, this is the %1 service hotline, %2 speaking. How can I help you?</source>
        <translation>您好，这里是%1售后服务热线，我是%2，请问有什么可以帮您？</translation>
    </message>
    <message>
        <source>May I have your name and the address where the unit is installed?</source>
        <translation>请问您怎么称呼？产品安装的详细地址是哪里？</translation>
    </message>
    <message>
        <source>Am I speaking with %1? May I confirm the address where the unit is installed?</source>
        <translation>请问是%1吗？麻烦跟您核对一下产品的安装地址。</translation>
    </message>
    <message>
        <source>To solve this as quickly as possible, may I ask you a few questions and try a few simple checks with you?</source>
        <translation>为了尽快帮您解决问题，我先跟您了解几个情况，再请您配合做几项简单的检查，可以吗？</translation>
    </message>
    <message>
        <source>I&apos;m glad it works again. We will call you around %1 to make sure everything is still fine. Thank you for calling.</source>
        <translation>很高兴问题已经解决了。我们会在 %1 左右给您回访，确认使用是否正常。感谢您的来电！</translation>
    </message>
    <message>
        <source>I have arranged for an engineer to visit; our dispatcher will call you to agree the time. Thank you for your patience.</source>
        <translation>已为您安排工程师上门服务，稍后派工人员会致电与您确认上门时间。感谢您的耐心等待！</translation>
    </message>
</context>
<context>
    <name>SlaService</name>
    <message>
        <source>The SLA watch could not be read: %1</source>
        <translation>无法读取 SLA 监控：%1</translation>
    </message>
    <message>
        <source>Reason: &quot;%1&quot; is not a reason to pause the clocks; give parts or customer.</source>
        <translation>原因：“%1”不是暂停计时的原因；请填 parts（等待配件）或 customer（等待客户）。</translation>
    </message>
    <message>
        <source>Ticket %1 does not exist.</source>
        <translation>工单 %1 不存在。</translation>
    </message>
    <message>
        <source>Ticket %1 is %2: its service clocks do not run.</source>
        <translation>工单 %1 状态为“%2”：其服务计时未在运行。</translation>
    </message>
    <message>
        <source>The clocks of ticket %1 stand already: %2 since %3.</source>
        <translation>工单 %1 的计时已暂停：%2，自 %3 起。</translation>
    </message>
    <message>
        <source>The clocks were not paused: %1</source>
        <translation>计时未能暂停：%1</translation>
    </message>
    <message>
        <source>The clocks of ticket %1 are not paused.</source>
        <translation>工单 %1 的计时并未暂停。</translation>
    </message>
    <message>
        <source>The clocks were not resumed: %1</source>
        <translation>计时未能恢复：%1</translation>
    </message>
    <message>
        <source>Visit within 24 h</source>
        <translation>24 小时内上门</translation>
    </message>
    <message>
        <source>Repair within 48 h</source>
        <translation>48 小时内修复</translation>
    </message>
    <message>
        <source>The clocks of ticket %1 stand already.</source>
        <translation>工单 %1 的计时已暂停。</translation>
    </message>
</context>
<context>
    <name>SlotSuggester</name>
    <message>
        <source>No 24-hour visit clock: the request time is not recorded (R13)</source>
        <translation>无24小时上门时限：未记录报修时间（R13）</translation>
    </message>
    <message>
        <source>Meets the 24-hour visit commitment: due %1 (R13)</source>
        <translation>满足24小时上门承诺：截止 %1（R13）</translation>
    </message>
    <message>
        <source>Misses the 24-hour visit commitment: due %1 (R13)</source>
        <translation>无法满足24小时上门承诺：截止 %1（R13）</translation>
    </message>
    <message>
        <source>Adds %1 min of travel, coming from %2&apos;s visit in %3 that ends at %4</source>
        <translation>增加路程 %1 分钟，从上一单（%2，%3，%4 结束）出发</translation>
    </message>
    <message>
        <source>Adds %1 min of travel, starting from %2&apos;s home district %3</source>
        <translation>增加路程 %1 分钟，从 %2 的服务区域 %3 出发</translation>
    </message>
    <message>
        <source>Adds %1 min of travel, starting from home</source>
        <translation>增加路程 %1 分钟，从住处出发</translation>
    </message>
    <message>
        <source>%1 works in %2 and is trained for %3</source>
        <translation>%1 的服务区域为 %2，具备%3维修技能</translation>
    </message>
    <message>
        <source>%1 works in %2</source>
        <translation>%1 的服务区域为 %2</translation>
    </message>
    <message>
        <source>%1 is trained for %2</source>
        <translation>%1 具备%2维修技能</translation>
    </message>
    <message>
        <source>%1 has nothing else booked that day</source>
        <translation>%1 当天没有其他预约</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n visit(s) booked that day, %2 min in all</source>
        <translation>
            <numerusform>%1 当天已有 %n 个上门，共 %2 分钟</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketTypes</name>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>In phone triage</source>
        <translation>电话诊断中</translation>
    </message>
    <message>
        <source>Awaiting dispatch</source>
        <translation>待派工</translation>
    </message>
    <message>
        <source>Visit scheduled</source>
        <translation>已预约上门</translation>
    </message>
    <message>
        <source>Awaiting parts</source>
        <translation>待配件</translation>
    </message>
    <message>
        <source>Visit completed</source>
        <translation>已上门完成</translation>
    </message>
    <message>
        <source>Resolved by phone</source>
        <translation>电话解决</translation>
    </message>
    <message>
        <source>Reopened (repeat)</source>
        <translation>已重开（返修）</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Urgent: stops work</source>
        <translation>紧急：无法使用</translation>
    </message>
    <message>
        <source>Normal: inconvenience</source>
        <translation>普通：影响使用</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>网上</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Carry-in</source>
        <translation>送修</translation>
    </message>
    <message>
        <source>On-site visit</source>
        <translation>上门服务</translation>
    </message>
    <message>
        <source>Washing machine</source>
        <translation>洗衣机</translation>
    </message>
    <message>
        <source>Air conditioner</source>
        <translation>空调</translation>
    </message>
    <message>
        <source>Refrigerator</source>
        <translation>冰箱</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>PC / laptop</source>
        <translation>电脑/笔记本</translation>
    </message>
    <message>
        <source>Router</source>
        <translation>路由器</translation>
    </message>
    <message>
        <source>to verify</source>
        <translation>待核实</translation>
    </message>
    <message>
        <source>parts</source>
        <translation>需配件</translation>
    </message>
    <message>
        <source>repeat</source>
        <translation>返修</translation>
    </message>
    <message>
        <source>carry-in</source>
        <translation>送修</translation>
    </message>
    <message>
        <source>tech support</source>
        <translation>技术支持</translation>
    </message>
    <message>
        <source>refused guidance</source>
        <translation>拒绝电话指导</translation>
    </message>
    <message>
        <source>fixed on site</source>
        <translation>现场修复</translation>
    </message>
    <message>
        <source>needs parts</source>
        <translation>需要配件</translation>
    </message>
    <message>
        <source>taken in for repair</source>
        <translation>带回维修</translation>
    </message>
    <message>
        <source>second visit needed</source>
        <translation>需二次上门</translation>
    </message>
    <message>
        <source>customer absent</source>
        <translation>客户不在</translation>
    </message>
    <message>
        <source>Call taken</source>
        <translation>受理来电</translation>
    </message>
    <message>
        <source>State: %1 → %2</source>
        <translation>状态：%1 → %2</translation>
    </message>
    <message>
        <source>Visit result: %1</source>
        <translation>上门结果：%1</translation>
    </message>
    <message>
        <source>Visit assigned</source>
        <translation>已派工</translation>
    </message>
    <message>
        <source>Visit back in the queue</source>
        <translation>退回待派工</translation>
    </message>
    <message>
        <source>Assignment forced: %1</source>
        <translation>强制派工：%1</translation>
    </message>
    <message>
        <source>Rescheduled: %1</source>
        <translation>改期：%1</translation>
    </message>
    <message>
        <source>To verify: %1</source>
        <translation>待核实：%1</translation>
    </message>
    <message>
        <source>Phone triage: %1</source>
        <translation>电话诊断：%1</translation>
    </message>
    <message>
        <source>Customer refused phone guidance</source>
        <translation>客户拒绝电话指导</translation>
    </message>
    <message>
        <source>Parts requested: %1</source>
        <translation>申请配件：%1</translation>
    </message>
    <message>
        <source>Follow-up: satisfied (%1)</source>
        <translation>回访：满意（%1）</translation>
    </message>
    <message>
        <source>Follow-up: not fixed, reopened</source>
        <translation>回访：未修好，已重开</translation>
    </message>
    <message>
        <source>Text message sent</source>
        <translation>已发送短信</translation>
    </message>
    <message>
        <source>Complaint: %1</source>
        <translation>投诉：%1</translation>
    </message>
    <message>
        <source>charge not agreed</source>
        <translation>未同意收费</translation>
    </message>
    <message>
        <source>waiting for parts</source>
        <translation>等待配件</translation>
    </message>
    <message>
        <source>waiting for the customer</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <source>SLA clocks paused: %1</source>
        <translation>SLA 计时暂停：%1</translation>
    </message>
    <message>
        <source>SLA clocks paused: %1 (%2)</source>
        <translation>SLA 计时暂停：%1（%2）</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>SLA clocks resumed after %1 of working time</source>
        <translation>SLA 计时恢复，暂停了 %1 工作时间</translation>
    </message>
    <message>
        <source>SLA clocks resumed after %1 of working time (%2)</source>
        <translation>SLA 计时恢复，暂停了 %1 工作时间（%2）</translation>
    </message>
    <message>
        <source>SLA breached: no visit within 24 working hours</source>
        <translation>SLA 超时：24 个工作小时内未上门</translation>
    </message>
    <message>
        <source>SLA breached: not repaired within 48 working hours</source>
        <translation>SLA 超时：48 个工作小时内未修复</translation>
    </message>
</context>
<context>
    <name>TriageService</name>
    <message>
        <source>Ticket %1 does not exist</source>
        <translation>工单 %1 不存在</translation>
    </message>
    <message>
        <source>Ticket %1 is already %2: its call was ended elsewhere</source>
        <translation>工单 %1 已处于“%2”状态：该通来电已在别处结束</translation>
    </message>
    <message>
        <source>The outcome was not saved: %1</source>
        <translation>诊断结果未保存：%1</translation>
    </message>
</context>
<context>
    <name>VisitResultDialog</name>
    <message>
        <source>Visit result</source>
        <translation>上门结果</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>结果(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Tested on site</source>
        <translation>已现场试机(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Parts used / needed</source>
        <translation>所用/所需配件(&amp;P)</translation>
    </message>
    <message>
        <source>C&amp;harge (yuan)</source>
        <translation>收费（元）(&amp;H)</translation>
    </message>
    <message>
        <source>Customer &amp;signed the service record</source>
        <translation>客户已在服务单上签字(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quality rating</source>
        <translation>服务质量评分(&amp;Q)</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>&amp;Attitude rating</source>
        <translation>服务态度评分(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
</context>
<context>
    <name>hotline::ArchiveWorkplace</name>
    <message>
        <source>Name, any phone number, address, model, serial or words of the fault</source>
        <translation>姓名、任一电话号码、地址、型号、序列号或故障描述中的词</translation>
    </message>
    <message>
        <source>Closed tickets stay searchable: type to search.</source>
        <translation>已关闭的工单可随时查询：输入即可搜索。</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) found</source>
        <translation>
            <numerusform>找到 %n 张工单</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Call customer (Ctrl+D)</source>
        <translation>致电客户(&amp;C) (Ctrl+D)</translation>
    </message>
    <message>
        <source>Your phone rings first, then the customer of the ticket picked is dialled</source>
        <translation>先响您的话机，接起后再拨所选工单的客户</translation>
    </message>
    <message>
        <source>Pick a ticket first: its customer is called.</source>
        <translation>请先选择一张工单：将致电其客户。</translation>
    </message>
    <message>
        <source>No phone number on file for this ticket.</source>
        <translation>该工单没有登记电话号码。</translation>
    </message>
</context>
<context>
    <name>hotline::CallbackQueueModel</name>
    <message>
        <source>Morning after the visit</source>
        <translation>上门次日回访</translation>
    </message>
    <message>
        <source>2 h after a phone fix</source>
        <translation>电话解决 2 小时后回访</translation>
    </message>
    <message>
        <source>2 h after an untested visit</source>
        <translation>未试机上门 2 小时后回访</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Taken by %1</source>
        <translation>%1 已领取</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>现在到期</translation>
    </message>
    <message>
        <source>Later today</source>
        <translation>今天稍后</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>回访原因</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>尝试次数</translation>
    </message>
</context>
<context>
    <name>hotline::CallbacksWorkplace</name>
    <message>
        <source>&amp;Refresh (F5)</source>
        <translation>刷新(&amp;R)（F5）</translation>
    </message>
    <message>
        <source>&amp;Export list (PDF / CSV)…</source>
        <translation>导出清单（PDF / CSV）(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the morning list</source>
        <translation>导出当日回访清单</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;CSV (*.csv)</source>
        <translation>PDF 文件 (*.pdf);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Ticket history</source>
        <translation>工单历史</translation>
    </message>
    <message>
        <source>Outcome: Enter takes the call, then one key</source>
        <translation>回访结果：按 Enter 领取，再按一个数字键</translation>
    </message>
    <message>
        <source> / 5</source>
        <translation> / 5</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>engineer</source>
        <translation>工程师</translation>
    </message>
    <message>
        <source>1  Fixed, satisfied:</source>
        <translation>1  已修好，满意：</translation>
    </message>
    <message>
        <source>2  Not fixed / new fault:</source>
        <translation>2  未修好 / 新故障：</translation>
    </message>
    <message>
        <source>reopened as a repeat, to dispatch (R20)</source>
        <translation>重开为返修，转派工（R20）</translation>
    </message>
    <message>
        <source>3  No answer:</source>
        <translation>3  无人接听：</translation>
    </message>
    <message>
        <source>retry in %1 min; message after %2 tries (R21)</source>
        <translation>%1 分钟后重拨；%2 次未接通后发短信（R21）</translation>
    </message>
    <message>
        <source>4  Busy, call back at:</source>
        <translation>4  客户不便，约定回电时间：</translation>
    </message>
    <message>
        <source>What happened, in the customer&apos;s words</source>
        <translation>事情经过（客户原话）</translation>
    </message>
    <message>
        <source>How the customer feels</source>
        <translation>客户情绪</translation>
    </message>
    <message>
        <source>What was offered</source>
        <translation>已提供的处理方案</translation>
    </message>
    <message>
        <source>Escalate to the supervisor now</source>
        <translation>立即升级给主管</translation>
    </message>
    <message>
        <source>5  Complaint:</source>
        <translation>5  投诉：</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message numerus="yes">
        <source>%n new follow-up call(s) produced</source>
        <translation>
            <numerusform>已生成 %n 通新的回访</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) today</source>
        <translation>
            <numerusform>今日 %n 通回访</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 due now, %2 overdue</source>
        <translation>%1 通现在到期，%2 通已逾期</translation>
    </message>
    <message>
        <source>No follow-up calls waiting.</source>
        <translation>没有待回访的任务。</translation>
    </message>
    <message>
        <source>Visit: %1, %2, parts: %3, charge ¥%4</source>
        <translation>上门：%1，%2，配件：%3，收费 ¥%4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Say: %1</source>
        <translation>话术：%1</translation>
    </message>
    <message>
        <source>Yours: call %1 now, then press the outcome key.</source>
        <translation>已领取：请拨打 %1，通话后按结果键。</translation>
    </message>
    <message>
        <source>Another operator is calling this customer.</source>
        <translation>其他回访员正在联系这位客户。</translation>
    </message>
    <message>
        <source>No answer after the last try: a text message was sent and recorded.</source>
        <translation>最后一次仍无人接听：已发送短信并记录。</translation>
    </message>
    <message>
        <source>Next call at %1.</source>
        <translation>下次回访时间 %1。</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>已记录。</translation>
    </message>
    <message>
        <source>&amp;Complaints…</source>
        <translation>投诉(&amp;C)…</translation>
    </message>
    <message>
        <source>Open complaints, escalated first, to resolve in writing (R24)</source>
        <translation>未结投诉（已升级的在前），书面处理（R24）</translation>
    </message>
    <message>
        <source>Exporting customer data needs the supervisor role.</source>
        <translation>导出客户数据需要主管权限。</translation>
    </message>
    <message>
        <source>&amp;Dial (Ctrl+D)</source>
        <translation>拨打(&amp;D)（Ctrl+D）</translation>
    </message>
    <message>
        <source>Your phone rings first, then the customer&apos;s number is dialled</source>
        <translation>先呼叫您的话机，接起后再拨打客户号码</translation>
    </message>
</context>
<context>
    <name>hotline::CallerPanel</name>
    <message>
        <source>Units</source>
        <translation>已登记产品</translation>
    </message>
    <message>
        <source>Earlier tickets</source>
        <translation>历史工单</translation>
    </message>
    <message>
        <source>&amp;Use this customer</source>
        <translation>选用此客户(&amp;U)</translation>
    </message>
    <message>
        <source>Fill the form with this customer&apos;s details (Ctrl+U)</source>
        <translation>用此客户的资料填写表单（Ctrl+U）</translation>
    </message>
    <message>
        <source>Type the caller&apos;s number in any format: their earlier tickets and units appear here while you talk.</source>
        <translation>输入来电号码（格式不限），通话期间此处会显示该客户的历史工单和已登记产品。</translation>
    </message>
    <message>
        <source>No earlier record for %1: this is a new customer.</source>
        <translation>%1 无历史记录：新客户。</translation>
    </message>
    <message numerus="yes">
        <source>%n customers share %1: ask for the name</source>
        <translation>
            <numerusform>%1 对应 %n 位客户：请询问客户姓名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1  ·  %2  ·  %n ticket(s)</source>
        <translation>
            <numerusform>%1  ·  %2  ·  %n 条工单</numerusform>
        </translation>
    </message>
    <message>
        <source> (preferred)</source>
        <translation>（首选）</translation>
    </message>
    <message>
        <source>no address on file</source>
        <translation>无登记地址</translation>
    </message>
    <message>
        <source>bought %1</source>
        <translation>购于 %1</translation>
    </message>
    <message>
        <source>purchase date unknown</source>
        <translation>购买日期不详</translation>
    </message>
    <message>
        <source>no serial</source>
        <translation>无序列号</translation>
    </message>
    <message>
        <source>Caller history</source>
        <translation>来电客户记录</translation>
    </message>
    <message>
        <source>Known caller: %1</source>
        <translation>老客户来电：%1</translation>
    </message>
    <message>
        <source>&amp;Call back (Ctrl+D)</source>
        <translation>回拨(&amp;C) (Ctrl+D)</translation>
    </message>
    <message>
        <source>Your phone rings first, then this customer&apos;s preferred number is dialled</source>
        <translation>先响您的话机，接起后再拨该客户的首选号码</translation>
    </message>
</context>
<context>
    <name>hotline::ComplaintsDialog</name>
    <message>
        <source>Open complaints</source>
        <translation>未结投诉</translation>
    </message>
    <message>
        <source>&amp;Resolution (kept in writing, R24):</source>
        <translation>处理结果（书面留存，R24）(&amp;R)：</translation>
    </message>
    <message>
        <source>Resolve (Ctrl+Enter)</source>
        <translation>结案（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>ESCALATED  </source>
        <translation>已升级  </translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation>经过：%1</translation>
    </message>
    <message>
        <source>Customer feels: %1</source>
        <translation>客户情绪：%1</translation>
    </message>
    <message>
        <source>Offered: %1</source>
        <translation>处理方案：%1</translation>
    </message>
    <message>
        <source>No open complaints.</source>
        <translation>没有未结投诉。</translation>
    </message>
    <message>
        <source>Resolved.</source>
        <translation>已结案。</translation>
    </message>
</context>
<context>
    <name>hotline::DashboardWorkplace</name>
    <message>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation>本周(&amp;W)</translation>
    </message>
    <message>
        <source>This &amp;month</source>
        <translation>本月(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Last month</source>
        <translation>上月(&amp;L)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Report (PDF / CSV)…</source>
        <translation>报告（PDF / CSV）(&amp;R)…</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %n call(s) taken</source>
        <translation>
            <numerusform>%1 至 %2：受理来电 %n 通</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% fixed on the phone</source>
        <translation>电话解决 %1%</translation>
    </message>
    <message>
        <source>%1% visited within 24 h</source>
        <translation>24 小时内上门 %1%</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) open</source>
        <translation>
            <numerusform>未结投诉 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Commitments kept (R9, R13)</source>
        <translation>服务承诺达成（R9、R13）</translation>
    </message>
    <message>
        <source>Repair in 48 h</source>
        <translation>48 小时修复</translation>
    </message>
    <message>
        <source>Visit in 24 h</source>
        <translation>24 小时上门</translation>
    </message>
    <message>
        <source>Queue in 5 min</source>
        <translation>5 分钟转派工</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>达成</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未达成</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <source>Calls: fixed on the phone (%1%)</source>
        <translation>来电：电话解决（%1%）</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>电话解决</translation>
    </message>
    <message>
        <source>To a visit</source>
        <translation>转上门</translation>
    </message>
    <message>
        <source>Not guided</source>
        <translation>未诊断</translation>
    </message>
    <message numerus="yes">
        <source>Satisfaction, %n rated call(s) (R22)</source>
        <translation>
            <numerusform>满意度，已评分 %n 通（R22）</numerusform>
        </translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>工程师</translation>
    </message>
    <message>
        <source>Rated follow-up calls</source>
        <translation>已评分的回访</translation>
    </message>
    <message>
        <source>Complaints (R24) and repeats (R20)</source>
        <translation>投诉（R24）与返修（R20）</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已处理</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>返修</translation>
    </message>
    <message>
        <source>Repeat visits</source>
        <translation>返修工单</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Visits per engineer</source>
        <translation>工程师上门量</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已安排</translation>
    </message>
    <message>
        <source>Save the service report</source>
        <translation>保存售后服务报告</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;CSV (*.csv)</source>
        <translation>PDF 文件 (*.pdf);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>hotline::DispatchBoard</name>
    <message numerus="yes">
        <source>%n visit(s), %1</source>
        <translation>
            <numerusform>%n 单，共 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>SLA %1 left</source>
        <translation>剩余 %1 (SLA)</translation>
    </message>
    <message>
        <source>✔ %1 at %2: allowed</source>
        <translation>✔ %1 %2 上门：可以派工</translation>
    </message>
    <message>
        <source>✖ Refused:</source>
        <translation>✖ 不能派工：</translation>
    </message>
    <message>
        <source>%1h%2</source>
        <translation>%1小时%2分</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3 · %4&lt;br&gt;%5–%6&lt;br&gt;Leave by %7 (R16)&lt;br&gt;If late: tell the customer by %8 (under half a day) or %9 (longer) (R15)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3 · %4&lt;br&gt;%5–%6&lt;br&gt;最迟 %7 出发（R16）&lt;br&gt;如将迟到：半天以内须在 %8 前告知客户，超过半天须在 %9 前告知（R15）</translation>
    </message>
    <message>
        <source>SLA breached %1 ago</source>
        <translation>已超时 %1 (SLA)</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>客户方便时间：%1</translation>
    </message>
    <message>
        <source>Pinned: planning the day keeps it here (P)</source>
        <translation>已固定：规划当天时保持不动（P）</translation>
    </message>
    <message numerus="yes">
        <source>+%n min travel</source>
        <translation>
            <numerusform>路程 +%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>late for 24 h</source>
        <translation>超出 24 小时</translation>
    </message>
    <message>
        <source>SLA paused, %1</source>
        <translation>SLA 暂停，%1</translation>
    </message>
</context>
<context>
    <name>hotline::DispatchQueueModel</name>
    <message>
        <source>SLA breached</source>
        <translation>已超时 (SLA)</translation>
    </message>
    <message>
        <source>SLA %1h%2 left</source>
        <translation>剩余 %1小时%2分 (SLA)</translation>
    </message>
    <message>
        <source>in queue since %1</source>
        <translation>%1 起在队列中</translation>
    </message>
    <message>
        <source>URGENT </source>
        <translation>紧急 </translation>
    </message>
    <message>
        <source>SLA paused, %1</source>
        <translation>SLA 暂停，%1</translation>
    </message>
</context>
<context>
    <name>hotline::DispatchWorkplace</name>
    <message>
        <source>Override a refused assignment</source>
        <translation>强制派工</translation>
    </message>
    <message>
        <source>This assignment breaks the rules:
• %1

Assign it anyway? Give the reason:</source>
        <translation>此派工不符合派工规则：
• %1

仍要派工吗？请填写原因：</translation>
    </message>
    <message>
        <source>New time</source>
        <translation>改期</translation>
    </message>
    <message>
        <source>Did the customer agree to the new time?</source>
        <translation>客户是否同意新的上门时间？</translation>
    </message>
    <message>
        <source>Why does the visit move?</source>
        <translation>改期原因？</translation>
    </message>
    <message>
        <source>◀ Previous day</source>
        <translation>◀ 前一天</translation>
    </message>
    <message>
        <source>Next day ▶</source>
        <translation>后一天 ▶</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Waiting for an engineer</source>
        <translation>待派工</translation>
    </message>
    <message>
        <source>Drag a visit onto an engineer and time, or select it and press Enter, then place it with the arrow keys and Enter. Esc cancels, Ctrl+Z undoes.</source>
        <translation>将工单拖放到工程师的对应时段上；或选中工单后按 Enter，用方向键移动到目标位置，再按 Enter 确认。Esc 取消，Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>不能派工：%1</translation>
    </message>
    <message>
        <source>Not assigned: %1</source>
        <translation>未派工：%1</translation>
    </message>
    <message>
        <source>The customer did not agree: give the visit to another engineer or put it back in the queue.</source>
        <translation>客户不同意：请改派其他工程师，或退回待派工队列。</translation>
    </message>
    <message>
        <source>Assign %1 at %2</source>
        <translation>安排 %1 %2 上门</translation>
    </message>
    <message>
        <source>Unassign %1</source>
        <translation>将 %1 退回队列</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Saved with an override (recorded).</source>
        <translation>已强制派工并保存（已记录）。</translation>
    </message>
    <message>
        <source>Back in the queue.</source>
        <translation>已退回待派工队列。</translation>
    </message>
    <message>
        <source>Visit due by %1, repair by %2 (R13)</source>
        <translation>须在 %1 前上门，%2 前修复（R13）</translation>
    </message>
    <message>
        <source>Leave by %1 (R16). If late, tell the customer by %2, or by %3 when more than half a day late (R15).</source>
        <translation>最迟 %1 出发（R16）。如将迟到，须在 %2 前告知客户；迟到超过半天须在 %3 前告知（R15）。</translation>
    </message>
    <message>
        <source>Job sheets (PDF)…</source>
        <translation>派工单（PDF）…</translation>
    </message>
    <message>
        <source>Save every engineer&apos;s job sheet for the day as one PDF (Ctrl+P)</source>
        <translation>将当天每位工程师的派工单保存为一个 PDF（Ctrl+P）</translation>
    </message>
    <message>
        <source>Save job sheets</source>
        <translation>保存派工单</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n job sheet(s) saved to %1</source>
        <translation>
            <numerusform>已保存 %n 份派工单到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Result recorded for %1.</source>
        <translation>已记录 %1 的上门结果。</translation>
    </message>
    <message>
        <source>View only: assigning visits needs the supervisor role.</source>
        <translation>仅可查看：派工需要主管权限。</translation>
    </message>
    <message>
        <source>Suggest (S)</source>
        <translation>推荐时段 (S)</translation>
    </message>
    <message>
        <source>The best engineers and times for the selected visit, with their reasons; 1–5 takes one</source>
        <translation>为选中的上门推荐最合适的工程师和时间及理由；按 1–5 采用</translation>
    </message>
    <message>
        <source>Plan the day…</source>
        <translation>规划当天…</translation>
    </message>
    <message>
        <source>Place every queued visit of the day, for you to review (Ctrl+Shift+P); pinned visits (P) stay where they are</source>
        <translation>为当天所有待派工的上门排定时间，供您审核（Ctrl+Shift+P）；已固定的上门（P）保持不动</translation>
    </message>
    <message>
        <source>Select a visit in the queue or on the board first.</source>
        <translation>请先在队列或派工板上选中一个上门。</translation>
    </message>
    <message>
        <source>No engineer can take %1 on %2 without breaking a rule: try another day.</source>
        <translation>%2 没有工程师能在不违反规则的情况下接 %1 的单：请换一天。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggestions for %1&lt;/b&gt; (press 1–%2 to take one):</source>
        <translation>&lt;b&gt;%1 的推荐时段&lt;/b&gt;（按 1–%2 采用）：</translation>
    </message>
    <message numerus="yes">
        <source>+%n min travel</source>
        <translation>
            <numerusform>路程 +%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>meets 24 h</source>
        <translation>满足 24 小时</translation>
    </message>
    <message>
        <source>late for 24 h</source>
        <translation>超出 24 小时</translation>
    </message>
    <message numerus="yes">
        <source>%n min booked</source>
        <translation>
            <numerusform>已约 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) on the board, best first.</source>
        <translation>
            <numerusform>派工板上有 %n 个推荐时段，最优在前。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a visit on the board to pin it.</source>
        <translation>请在派工板上选中要固定的上门。</translation>
    </message>
    <message>
        <source>%1 is pinned: planning the day keeps it where it is.</source>
        <translation>%1 已固定：规划当天时保持不动。</translation>
    </message>
    <message>
        <source>%1 is no longer pinned.</source>
        <translation>%1 已取消固定。</translation>
    </message>
    <message>
        <source>Planning the day needs the supervisor role.</source>
        <translation>规划当天需要主管角色。</translation>
    </message>
    <message>
        <source>Nothing to plan: the queue is empty.</source>
        <translation>无需规划：队列为空。</translation>
    </message>
    <message>
        <source>No queued visit fits this day: %1</source>
        <translation>没有待派工的上门适合这一天：%1</translation>
    </message>
    <message>
        <source>Plan discarded: nothing changed.</source>
        <translation>已放弃计划：未做任何更改。</translation>
    </message>
    <message numerus="yes">
        <source>Plan the day (%n visit(s))</source>
        <translation>
            <numerusform>规划当天（%n 单）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan applied: %n visit(s) placed. Ctrl+Z takes it back.</source>
        <translation>
            <numerusform>计划已应用：排入 %n 单。Ctrl+Z 可撤回。</numerusform>
        </translation>
    </message>
    <message>
        <source>SLA alerts</source>
        <translation>SLA 预警</translation>
    </message>
    <message>
        <source>Pause clocks… (W)</source>
        <translation>暂停计时…(W)</translation>
    </message>
    <message>
        <source>The selected ticket waits for parts or for the customer: its 24 h / 48 h clocks stand until resumed</source>
        <translation>所选工单在等待配件或客户：其 24 小时 / 48 小时计时暂停，直到恢复</translation>
    </message>
    <message>
        <source>Resume clocks</source>
        <translation>恢复计时</translation>
    </message>
    <message>
        <source>The wait is over; a ticket that waited for parts goes back to the queue</source>
        <translation>等待结束；等待配件的工单回到待派工队列</translation>
    </message>
    <message>
        <source>SLA alerts: %1 breached, %2 warned, %3 paused</source>
        <translation>SLA 预警：超时 %1，预警 %2，暂停 %3</translation>
    </message>
    <message>
        <source>SLA alerts: none</source>
        <translation>SLA 预警：无</translation>
    </message>
    <message>
        <source>Select a visit or an SLA alert first.</source>
        <translation>请先选择一个上门任务或一条 SLA 预警。</translation>
    </message>
    <message>
        <source>SLA clocks of %1 paused: %2.</source>
        <translation>%1 的 SLA 计时已暂停：%2。</translation>
    </message>
    <message>
        <source>SLA clocks of %1 run again; a ticket that waited for parts is back in the queue.</source>
        <translation>%1 的 SLA 计时已恢复；等待配件的工单已回到待派工队列。</translation>
    </message>
    <message>
        <source>SLA clocks of %1 run again.</source>
        <translation>%1 的 SLA 计时已恢复。</translation>
    </message>
    <message>
        <source>SLA clocks paused: %1 (R13)</source>
        <translation>SLA 计时暂停：%1（R13）</translation>
    </message>
</context>
<context>
    <name>hotline::IntakeWorkplace</name>
    <message>
        <source>&amp;Keep it</source>
        <translation>保留(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>To verify</source>
        <translation>待核实</translation>
    </message>
    <message>
        <source>Save the ticket (Ctrl+S)</source>
        <translation>保存工单（Ctrl+S）</translation>
    </message>
    <message>
        <source>Clear the form for the next call (Ctrl+N)</source>
        <translation>清空表单，受理下一通来电（Ctrl+N）</translation>
    </message>
    <message>
        <source>Code on the nameplate</source>
        <translation>见铭牌上的型号</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Caller: returning customer</source>
        <translation>来电客户：老客户</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>来电客户</translation>
    </message>
    <message>
        <source>To verify: nothing, all details present</source>
        <translation>待核实：无，信息齐全</translation>
    </message>
    <message>
        <source>To verify (%1)</source>
        <translation>待核实（%1）</translation>
    </message>
    <message>
        <source>✔ In warranty until %1</source>
        <translation>✔ 保修期内（至 %1）</translation>
    </message>
    <message>
        <source>Out of warranty since %1: chargeable</source>
        <translation>自 %1 起已过保修期，需收费</translation>
    </message>
    <message>
        <source>%1 months&apos; warranty: enter the purchase date</source>
        <translation>保修期 %1 个月：请输入购买日期</translation>
    </message>
    <message>
        <source>Could not look up the caller: %1</source>
        <translation>无法查询来电客户：%1</translation>
    </message>
    <message>
        <source>Ticket %1 saved.</source>
        <translation>工单 %1 已保存。</translation>
    </message>
    <message numerus="yes">
        <source>Ticket %1 saved with %n item(s) to verify.</source>
        <translation>
            <numerusform>工单 %1 已保存，有 %n 项待核实。</numerusform>
        </translation>
    </message>
    <message>
        <source>An unsaved call from %1 was recovered and put back in the form. Keep it, or discard it to start a new call.</source>
        <translation>已恢复 %1 未保存的来电内容并填回表单。请选择保留，或放弃后开始新来电。</translation>
    </message>
    <message>
        <source>Not saved: correct the field marked ✖. Everything typed is kept.</source>
        <translation>未保存：请更正标有 ✖ 的项目。已输入的内容均已保留。</translation>
    </message>
    <message>
        <source>Call ended. Ctrl+N for the next call.</source>
        <translation>通话已结束。按 Ctrl+N 受理下一通来电。</translation>
    </message>
    <message>
        <source>There is no ticket %1.</source>
        <translation>工单 %1 不存在。</translation>
    </message>
    <message>
        <source>Caller · ticket %1</source>
        <translation>来电客户 · 工单 %1</translation>
    </message>
    <message>
        <source>Ticket %1: %2</source>
        <translation>工单 %1：%2</translation>
    </message>
</context>
<context>
    <name>hotline::LoginDialog</name>
    <message>
        <source>Service centre: %1</source>
        <translation>服务中心：%1</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>登录(&amp;L)</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
</context>
<context>
    <name>hotline::MainWindow</name>
    <message>
        <source>Hotline: after-sales service console</source>
        <translation>Hotline 售后服务热线工作台</translation>
    </message>
    <message>
        <source>&amp;1 Intake</source>
        <translation>&amp;1 来电受理</translation>
    </message>
    <message>
        <source>&amp;2 Triage</source>
        <translation>&amp;2 电话诊断</translation>
    </message>
    <message>
        <source>&amp;3 Dispatch</source>
        <translation>&amp;3 派工</translation>
    </message>
    <message>
        <source>&amp;4 Callbacks</source>
        <translation>&amp;4 回访</translation>
    </message>
    <message>
        <source>Ticket %1 saved</source>
        <translation>工单 %1 已保存</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New call</source>
        <translation>新来电(&amp;N)</translation>
    </message>
    <message>
        <source>Clear the intake form for the next call</source>
        <translation>清空受理表单，受理下一通来电</translation>
    </message>
    <message>
        <source>&amp;Save ticket</source>
        <translation>保存工单(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Intake</source>
        <translation>来电受理(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Triage</source>
        <translation>电话诊断(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Dispatch</source>
        <translation>派工(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Callbacks</source>
        <translation>回访(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Hotline</source>
        <translation>关于 Hotline(&amp;A)</translation>
    </message>
    <message>
        <source>About Hotline</source>
        <translation>关于 Hotline</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hotline %1&lt;/b&gt;&lt;br&gt;After-sales service hotline console.&lt;br&gt;Database: %2</source>
        <translation>&lt;b&gt;Hotline %1&lt;/b&gt;&lt;br&gt;售后服务热线工作台。&lt;br&gt;数据库：%2</translation>
    </message>
    <message>
        <source>&amp;5 Archive</source>
        <translation>&amp;5 档案</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>档案(&amp;A)</translation>
    </message>
    <message>
        <source>Demo data: every customer, ticket and engineer here is invented. Logged in as %1 (%2).</source>
        <translation>演示数据：此处所有客户、工单和工程师均为虚构。当前登录：%1（%2）。</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>当前用户：%1（%2）</translation>
    </message>
    <message>
        <source>● Server connected</source>
        <translation>● 服务器已连接</translation>
    </message>
    <message>
        <source>● Reconnecting to the server…</source>
        <translation>● 正在重新连接服务器…</translation>
    </message>
    <message>
        <source>&amp;6 Dashboard</source>
        <translation>&amp;6 统计</translation>
    </message>
    <message>
        <source>D&amp;ashboard</source>
        <translation>统计(&amp;A)</translation>
    </message>
    <message>
        <source>☎ %1 %2 is calling: save or clear this call first (Ctrl+N).</source>
        <translation>☎ %1 %2 来电：请先保存或清空当前来电（Ctrl+N）。</translation>
    </message>
    <message>
        <source>☎ Calling %1: your phone rings first…</source>
        <translation>☎ 正在呼叫 %1：您的话机将先振铃…</translation>
    </message>
    <message>
        <source>☎ No phone link: dial %1 by hand.</source>
        <translation>☎ 电话未连接：请手动拨打 %1。</translation>
    </message>
    <message>
        <source>&amp;Phone settings…</source>
        <translation>电话设置(&amp;P)…</translation>
    </message>
    <message>
        <source>Commitments warned at the centre&apos;s thresholds and breached: open the dispatch board&apos;s SLA alerts</source>
        <translation>达到中心预警阈值或已超时的服务承诺：打开派工板的 SLA 预警</translation>
    </message>
    <message>
        <source>⚠ SLA: %1 breached, %2 warned</source>
        <translation>⚠ SLA：超时 %1，预警 %2</translation>
    </message>
    <message>
        <source>SLA: on track</source>
        <translation>SLA：正常</translation>
    </message>
</context>
<context>
    <name>hotline::PhoneLink</name>
    <message>
        <source>☎ Phone ready (%1)</source>
        <translation>☎ 电话已就绪（%1）</translation>
    </message>
    <message>
        <source>☎ Connecting to the PBX…</source>
        <translation>☎ 正在连接交换机…</translation>
    </message>
    <message>
        <source>☎ Logging in to the PBX…</source>
        <translation>☎ 正在登录交换机…</translation>
    </message>
    <message>
        <source>☎ The PBX refused the log-in: %1</source>
        <translation>☎ 交换机拒绝登录：%1</translation>
    </message>
    <message>
        <source>☎ No phone link</source>
        <translation>☎ 电话未连接</translation>
    </message>
    <message>
        <source>Your phone is ringing: pick it up, the customer is dialled next.</source>
        <translation>您的话机正在振铃：请接起，随后将拨打客户号码。</translation>
    </message>
    <message>
        <source>Your phone did not answer or is offline (%1).</source>
        <translation>您的话机未接听或不在线（%1）。</translation>
    </message>
    <message>
        <source>The line is busy.</source>
        <translation>对方忙线。</translation>
    </message>
    <message>
        <source>No answer.</source>
        <translation>无人接听。</translation>
    </message>
    <message>
        <source>The call could not be placed (PBX reason %1).</source>
        <translation>无法发起呼叫（交换机原因码 %1）。</translation>
    </message>
    <message>
        <source>☎ No phone link (File → Phone settings)</source>
        <translation>☎ 电话未连接（文件 → 电话设置）</translation>
    </message>
    <message>
        <source>The phone link dropped before the PBX answered: dial again, or by hand.</source>
        <translation>电话连接在交换机应答前中断：请重新拨打，或手动拨打。</translation>
    </message>
</context>
<context>
    <name>hotline::PhoneSettingsDialog</name>
    <message>
        <source>Phone settings</source>
        <translation>电话设置</translation>
    </message>
    <message>
        <source>The PBX&apos;s manager interface (Asterisk AMI) and this operator&apos;s own phone. Leave the host empty to work without a phone link.</source>
        <translation>交换机管理接口（Asterisk AMI）及本坐席话机。主机留空则不连接电话。</translation>
    </message>
    <message>
        <source>PBX &amp;host</source>
        <translation>交换机主机(&amp;H)</translation>
    </message>
    <message>
        <source>AMI &amp;port</source>
        <translation>AMI 端口(&amp;P)</translation>
    </message>
    <message>
        <source>AMI &amp;user</source>
        <translation>AMI 用户(&amp;U)</translation>
    </message>
    <message>
        <source>AMI &amp;secret</source>
        <translation>AMI 密码(&amp;S)</translation>
    </message>
    <message>
        <source>My &amp;phone (interface)</source>
        <translation>我的话机（接口）(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Dial context</source>
        <translation>拨号上下文(&amp;D)</translation>
    </message>
    <message>
        <source>The secret is kept in %1, readable only by you.</source>
        <translation>密码保存在 %1，仅您本人可读。</translation>
    </message>
</context>
<context>
    <name>hotline::PlaceholderWorkplace</name>
    <message>
        <source>Not yet available in this release</source>
        <translation>本版本暂未开放</translation>
    </message>
</context>
<context>
    <name>hotline::PlanPreviewDialog</name>
    <message>
        <source>Plan for %1</source>
        <translation>%1 的计划</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 from the queue placed, %2 booked visit(s) moved, %3 left for you.&lt;/b&gt;&lt;br&gt;Visits starting within 24 working hours of the request (R13): %4; late or left over: %5. Travel for all engineers: %6 min. Pinned visits stay where they are.</source>
        <translation>&lt;b&gt;从队列排入 %1 单，调整已约上门 %2 单，留给您处理 %3 单。&lt;/b&gt;&lt;br&gt;报修后 24 个工作小时内上门（R13）：%4；超时或未排：%5。全部工程师路程合计：%6 分钟。已固定的上门保持不动。</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>上门</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Apply plan</source>
        <translation>应用计划</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>A booked visit at a new time needs its customer&apos;s agreement (R14): tick each one the customer agreed to; an unticked one goes back to the queue.</source>
        <translation>已约上门改到新时间须征得客户同意（R14）：请勾选客户已同意的上门；未勾选的退回队列。</translation>
    </message>
    <message>
        <source>Tick when the customer agreed to the new time (R14)</source>
        <translation>客户同意新时间后勾选（R14）</translation>
    </message>
</context>
<context>
    <name>hotline::SlaPauseDialog</name>
    <message>
        <source>Pause the SLA clocks</source>
        <translation>暂停 SLA 计时</translation>
    </message>
    <message>
        <source>The 24 h and 48 h clocks of %1&apos;s ticket stand until you resume them. The pause is recorded on the ticket.</source>
        <translation>%1 工单的 24 小时和 48 小时计时将暂停，直到您恢复。暂停会记录在工单上。</translation>
    </message>
    <message>
        <source>Waiting for &amp;parts</source>
        <translation>等待配件(&amp;P)</translation>
    </message>
    <message>
        <source>Waiting for the &amp;customer</source>
        <translation>等待客户(&amp;C)</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>e.g. compressor ordered, due Thursday</source>
        <translation>例如：压缩机已订购，周四到货</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
</context>
<context>
    <name>hotline::SlaWatchModel</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>BREACHED</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>%1 % used</source>
        <translation>已用 %1%</translation>
    </message>
    <message>
        <source> · URGENT</source>
        <translation> · 紧急</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1，自 %2 起</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>due %1, %2 over</source>
        <translation>应于 %1，已超 %2</translation>
    </message>
    <message>
        <source>due %1, %2 left</source>
        <translation>应于 %1，剩余 %2</translation>
    </message>
    <message>
        <source>The clocks stand: select and press Resume when the wait is over.</source>
        <translation>计时已暂停：等待结束后选中并点“恢复计时”。</translation>
    </message>
    <message>
        <source>Select to find the visit on the board; W pauses the clocks while the ticket waits.</source>
        <translation>选中可在派工板上找到该任务；工单等待期间按 W 暂停计时。</translation>
    </message>
    <message>
        <source>BREACHED, PAUSED</source>
        <translation>已超时，暂停中</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>已超 %1</translation>
    </message>
</context>
<context>
    <name>hotline::TicketListModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>故障描述</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>hotline::TicketsBehindDialog</name>
    <message numerus="yes">
        <source>%1 · %n ticket(s); Enter opens one</source>
        <translation>
            <numerusform>%1 · %n 条工单；按 Enter 打开</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hotline::TriagePanel</name>
    <message>
        <source>Fixed on the phone</source>
        <translation>电话解决</translation>
    </message>
    <message>
        <source>Engineer visit needed</source>
        <translation>需工程师上门</translation>
    </message>
    <message>
        <source>Visit with parts</source>
        <translation>带配件上门</translation>
    </message>
    <message>
        <source>Carry-in repair (loaner if needed)</source>
        <translation>送修（必要时提供备用机）</translation>
    </message>
    <message>
        <source>Unknown fault: technical support first</source>
        <translation>故障不明：先转技术支持</translation>
    </message>
    <message>
        <source>Switch to another product&apos;s script</source>
        <translation>切换为其他产品的诊断流程</translation>
    </message>
    <message>
        <source>Jump straight to a symptom (Ctrl+J)</source>
        <translation>按症状直接跳转（Ctrl+J）</translation>
    </message>
    <message>
        <source>No guided script for this product. Choose another product&apos;s script above, or end the call with F8 (visit) or F9 (technical support).</source>
        <translation>此产品暂无电话诊断流程。请在上方选择其他产品的诊断流程，或按 F8（上门）或 F9（技术支持）结束通话。</translation>
    </message>
    <message>
        <source>What to tell the customer:</source>
        <translation>告知客户的话术：</translation>
    </message>
    <message>
        <source>Step back (Alt+Backspace)</source>
        <translation>返回上一步（Alt+Backspace）</translation>
    </message>
    <message>
        <source>Steps so far</source>
        <translation>已进行的步骤</translation>
    </message>
    <message>
        <source>Insists on a visit (F8)</source>
        <translation>坚持上门（F8）</translation>
    </message>
    <message>
        <source>The customer refuses phone guidance: book a visit and record the refusal</source>
        <translation>客户不接受电话指导：安排上门服务，并记录客户拒绝指导</translation>
    </message>
    <message>
        <source>Unknown fault (F9)</source>
        <translation>故障不明（F9）</translation>
    </message>
    <message>
        <source>Flag for technical support before dispatch</source>
        <translation>派工前先转技术支持</translation>
    </message>
    <message>
        <source>Guided triage · ticket %1</source>
        <translation>电话诊断 · 工单 %1</translation>
    </message>
    <message>
        <source>Jump to a symptom…</source>
        <translation>按症状跳转…</translation>
    </message>
    <message>
        <source>Likely part: %1</source>
        <translation>预计所需配件：%1</translation>
    </message>
    <message>
        <source>Close as resolved by phone (Ctrl+Enter)</source>
        <translation>电话解决并结单（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Send to dispatch (Ctrl+Enter)</source>
        <translation>转派工（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Say: %1</source>
        <translation>话术：%1</translation>
    </message>
    <message>
        <source>Expected result: %1</source>
        <translation>预期结果：%1</translation>
    </message>
    <message>
        <source>Asked: %1</source>
        <translation>询问：%1</translation>
    </message>
    <message>
        <source>    → %1</source>
        <translation>    → %1</translation>
    </message>
    <message>
        <source>↶ Corrected, back to: %1</source>
        <translation>↶ 已更正，退回到：%1</translation>
    </message>
    <message>
        <source>⇢ Jumped to: %1</source>
        <translation>⇢ 跳转至：%1</translation>
    </message>
    <message>
        <source>✖ Avoid: %1. Reword the note, or press Ctrl+Enter again to save it as it is.</source>
        <translation>✖ 含服务禁语：%1。请修改措辞，或再按 Ctrl+Enter 按原样保存。</translation>
    </message>
    <message>
        <source>Customer refused phone guidance and insists on a visit</source>
        <translation>客户拒绝电话指导，坚持要求上门</translation>
    </message>
    <message>
        <source>Fault not recognised during the call</source>
        <translation>通话中未能判明故障</translation>
    </message>
    <message>
        <source>✔ Ticket %1 closed as resolved by phone. Follow-up call booked for %2.</source>
        <translation>✔ 工单 %1 已按电话解决结单，已预约 %2 回访。</translation>
    </message>
    <message>
        <source>Hand-off time (5 min) has passed: the ticket is in the queue.</source>
        <translation>转交时限（5 分钟）已过：工单已在派工队列中。</translation>
    </message>
    <message>
        <source>Hand-off clock (R9): %1:%2 of 5 minutes left</source>
        <translation>转交计时（R9）：剩余 %1:%2（共 5 分钟）</translation>
    </message>
    <message>
        <source>Read out: %1</source>
        <translation>告知客户：%1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>诊断结果：%1</translation>
    </message>
    <message>
        <source>Ticket %1 sent to the dispatch queue.</source>
        <translation>工单 %1 已转入派工队列。</translation>
    </message>
    <message>
        <source>Ticket %1 sent to the dispatch queue, marked: %2.</source>
        <translation>工单 %1 已转入派工队列，标记：%2。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>hotline::TriageQueueWorkplace</name>
    <message>
        <source>&amp;Refresh (F5)</source>
        <translation>刷新(&amp;R)（F5）</translation>
    </message>
    <message>
        <source>Re&amp;sume triage (Enter)</source>
        <translation>继续诊断(&amp;S)（Enter）</translation>
    </message>
    <message>
        <source>Steps recorded so far</source>
        <translation>已记录的步骤</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) waiting for triage</source>
        <translation>
            <numerusform>%n 通来电待电话诊断</numerusform>
        </translation>
    </message>
    <message>
        <source>Not started: the call was saved without guidance.</source>
        <translation>尚未开始：该来电保存时未进行电话诊断。</translation>
    </message>
</context>
<context>
    <name>hotline::VisitResultDialog</name>
    <message>
        <source>Fixed on site</source>
        <translation>现场修复</translation>
    </message>
    <message>
        <source>Needs parts</source>
        <translation>需要配件</translation>
    </message>
    <message>
        <source>Taken in for repair (loaner left)</source>
        <translation>带回维修（已留备用机）</translation>
    </message>
    <message>
        <source>Not fixed: second visit needed</source>
        <translation>未修复：需二次上门</translation>
    </message>
    <message>
        <source>Customer absent: note left, rebook</source>
        <translation>客户不在：已留言，需重新预约</translation>
    </message>
</context>
</TS>
