#!/bin/sh
# Fetches the held-out files of this folder too large to commit (see SOURCES.md) and checks their sha256.
# All are whole files of one public snapshot (vpubnd49/VBAI at commit f43aae4…), unchanged.
# Run from the repository root: sh test/real/heldout-vbai/fetch-large.sh
# With a local bare clone of the repository: VBAI_GIT_DIR=/path/to/VBAI.git sh test/real/heldout-vbai/fetch-large.sh
set -eu
dir=test/real/heldout-vbai
commit=f43aae490beab66c46fe8e706a1c98058f530064
. test/real/fetch-lib.sh
fetch vpubnd49/VBAI "$commit" "Skill_The_Thuc_VB_ND30/templates/3980_0001 (1).pdf" s01_CV_central_3980-C04-P6_hpscan.pdf e0c5b742d005f5922646a3a8735a376ce5a41915fd267bbc8e6ca3129ca79985 "${VBAI_GIT_DIR:-}"
fetch vpubnd49/VBAI "$commit" "Skill_The_Thuc_VB_ND30/templates/Tờ trình 62 STP cho phép hợp nhất Hội công chứng viên/62_0001 (1).pdf" s03_TTr_province_62-TTr-STP_hpscan.pdf 97bd7b9d04466a048b346e03212915fd678e07d0d3caa6d9e86cec332691259e "${VBAI_GIT_DIR:-}"
fetch vpubnd49/VBAI "$commit" "Skill_The_Thuc_VB_ND30/templates/Tờ trình 355 cho phép sáp nhập Liên đoàn Võ thuật cổ truyền/Cv đặt trụ sở văn phòng.pdf" s09_BC_province_03-BC-LDVTCT_iosphoto.pdf 0ce7ef02460dbba7e9a8e08910ddf78bae80cff75e74024de444ff584f84a66d "${VBAI_GIT_DIR:-}"
fetch vpubnd49/VBAI "$commit" "Skill_The_Thuc_VB_ND30/templates/Tờ trình 355 cho phép sáp nhập Liên đoàn Võ thuật cổ truyền/Nghị quyết sáp nhập.pdf" s10_NQ_province_01-NQ-LDVTCT_iosphoto.pdf 0a40f91c5a7c512c8c781ccb4cc57502bb1c6f47cfb3099868429b17160c89f6 "${VBAI_GIT_DIR:-}"
fetch vpubnd49/VBAI "$commit" "Skill_The_Thuc_VB_ND30/templates/Tờ trình 1223  tổ chức đại hội nhiệm kỳ Hiệp hội Doanh nghiệp tỉnh Bình Thuận/DVC/1.CV XIN PHEP DAI HOI.pdf" s11_TTr_province_310-HHDN-K4_camscanner.pdf a8600dadec0b62666cfc5d317253476a5767a1f7aff72c87dede6ce22adce83e "${VBAI_GIT_DIR:-}"
fetch vpubnd49/VBAI "$commit" "Skill_The_Thuc_VB_ND30/templates/CV 4409 BCA C04/1_4409.signed.pdf" s12_CV_central_4409-BCA-C04_gdpicture.pdf 2b7c18b0a98e1709370dca5cc44bb111edb8efc9c68bdaa1b5805ddc567d8d52 "${VBAI_GIT_DIR:-}"
fetch vpubnd49/VBAI "$commit" "Skill_The_Thuc_VB_ND30/templates/CV CHUNG/Giao SNV chuẩn bị nội dung Đc Phúc họp chỉ số/493 TB.pdf" s13_TB_province_493-TB-UBND_ocrlayer.pdf b657a57d58d78c8b0ea05eb5f1d78d94010093f5a4b01f0eed7cd8c63f784d0b "${VBAI_GIT_DIR:-}"
fetch vpubnd49/VBAI "$commit" "Skill_The_Thuc_VB_ND30/templates/Kế hoạch 1014 Kế hoạch làm việc với Ủy ban nhân dân các cấp về công tác phòng, chống ma túy/996KH-TCTLNTW-C04.pdf" s14_KH_central_996-KH-TCTLNTW-C04_scan.pdf 5ba192518c24f77322cc8fd9b18544f0174a9e50dd42d39f698032ba4f4b1903 "${VBAI_GIT_DIR:-}"
fetch vpubnd49/VBAI "$commit" "Skill_The_Thuc_VB_ND30/templates/CV CHUNG/Họp đánh giá công tác cải cách hành chính năm 2025 và triển khai nhiệm vụ năm 2026/Tai lieu hoi nghi 22.1/329 BAO CAO CCHC NAM 2025.pdf" f08_BC_province_329-BC-UBND.pdf 1c1cc918013a91cdd240d360c97bb823fac26f307699d3e57702a7a601bfb6ac "${VBAI_GIT_DIR:-}"
