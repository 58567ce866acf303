# dev3, español. Written blind (see scripts/BLIND-WRITER.md).
from common import add, R, IGN, INC, TASK, FU, HTML, LATIN1, CP1252, html, SPAM_HDR, AUTH, irt, ref

add("es-01-dadme-de-baja", "Rocío Benítez <rocio.benitez@correo-es.example>", "baja",
    "Por favor, dadme de baja de vuestra base de datos y borrad mi cuenta de la farmacia online. Gracias\n",
    R(["Erasure"], "rocio.benitez@correo-es.example", "Rocío", "Benítez"))

add("es-02-acceso-historia-clinica", "María del Carmen Ruiz Gallego <mcarmen.ruizgallego@telemail.example>",
    "Ejercicio del derecho de acceso - historia clínica",
    """A la atención del Delegado de Protección de Datos:

Dña. María del Carmen Ruiz Gallego, con DNI 12345678-Z y domicilio en C/ Alfonso X, 14, 3.º B,
30008 Murcia, por medio del presente escrito ejerce el derecho de acceso previsto en el artículo
15 del RGPD y en el artículo 18 de la Ley 41/2002, básica reguladora de la autonomía del paciente.

SOLICITA que se le facilite copia íntegra de su historia clínica en la Clínica Dental Acme de
Murcia, incluyendo radiografías, presupuestos aceptados, consentimientos informados firmados y
anotaciones de evolución, desde el año 2018 hasta la fecha.

Solicito que la información se remita por correo electrónico a esta dirección.

En Murcia, a 15 de noviembre de 2026.

Fdo.: María del Carmen Ruiz Gallego
""",
    R(["Access"], "mcarmen.ruizgallego@telemail.example", "María del Carmen", "Ruiz Gallego"))

add("es-03-hijo-padre-fallecido", "Javier Morales Ortega <javier.morales.ortega@correo-es.example>",
    "Historia clínica de mi padre fallecido",
    """Buenos días:

Mi padre, D. Antonio Morales Peña, falleció el pasado 3 de octubre. Estuvo recibiendo
rehabilitación en el centro de fisioterapia Acme de Valladolid durante los meses de julio y
agosto, tras una caída.

Como hijo y heredero, y al amparo del artículo 18.4 de la Ley 41/2002, solicito el acceso a su
historia clínica de fisioterapia. La familia necesita aclarar cómo evolucionó en las últimas
semanas, ya que la aseguradora del seguro de vida nos pide documentación.

Adjuntaré el certificado de defunción y el libro de familia si me indican cómo hacerlo.

Un saludo,
Javier Morales Ortega
Tel. 600 123 456
""",
    R(["Access"], "javier.morales.ortega@correo-es.example", "Antonio", "Morales Peña",
      representative="Javier Morales Ortega"))

add("es-04-donante-revoca", "Montserrat Vila i Puig <montse.vila@correu-cat.example>",
    "Revocación del consentimiento - Fundación Acme",
    """Hola,

Soy socia donante de la Fundación Acme. El año pasado me hicieron unas fotos en la cena benéfica
y firmé una autorización para usarlas. Ahora aparezco en un cartel de la campaña de Navidad en el
metro de Barcelona y no me hace ninguna gracia.

Revoco el consentimiento para el uso de mi imagen y, ya puestos, también el de recibir
comunicaciones por WhatsApp. Sigo siendo socia, eso sí.

Montse Vila i Puig
""",
    R(["Opposition"], "montse.vila@correu-cat.example", "Montserrat", "Vila i Puig"))

add("es-05-calificacion-acta", "Diego Fernández Castro <diego.fdezcastro@estudiantes.example>",
    "Error en mi calificación del Máster de Formación Permanente",
    """Estimados/as:

Estoy matriculado en el Máster de Formación Permanente en Fisioterapia Deportiva (expediente
MFP-2025-0412). En el acta de la asignatura "Vendaje funcional" aparezco como "No presentado",
cuando me presenté al examen del 12 de junio y la profesora me comunicó un 8,2.

Les ruego que corrijan la calificación en mi expediente, porque me bloquea la matrícula del
Trabajo Fin de Máster.

Un cordial saludo,
Diego Fernández Castro
""",
    R(["Rectification"], "diego.fdezcastro@estudiantes.example", "Diego", "Fernández Castro"))

add("es-06-derechos-arco-mx", "Guadalupe Hernández Treviño <lupita.hdz@correo-mx.example>",
    "Solicitud de derechos ARCO",
    """Buenas tardes,

Por medio de la presente quiero ejercer mis derechos ARCO de cancelación y oposición respecto de
mis datos personales. Me registré en su farmacia en línea cuando vivía en Madrid y ahora vivo en
Monterrey; no quiero que sigan enviándome promociones ni que conserven mi información.

Quedo atenta a su respuesta.

Atentamente,
Guadalupe Hernández Treviño
""",
    R(["Erasure", "Opposition"], "lupita.hdz@correo-mx.example", "Guadalupe", "Hernández Treviño"))

add("es-07-campamento-hijo", "Nuria Sánchez Olmedo <nuria.sanchez.olmedo@correo-es.example>",
    "Datos de mi hijo del campamento de verano",
    """Hola:

Mi hijo Pablo Ibáñez Sánchez, de 11 años, participó en julio en el campamento inclusivo que
organiza la Fundación Acme. Para la inscripción rellenamos una ficha médica muy completa
(diagnóstico de TDAH, medicación, alergias) y firmamos la autorización de fotos.

El campamento ya ha terminado y no vamos a repetir. Como madre, pido que borréis toda la
información de Pablo: la ficha médica, las fotos y los datos de contacto.

Gracias,
Nuria Sánchez Olmedo
""",
    R(["Erasure"], "nuria.sanchez.olmedo@correo-es.example", "Pablo", "Ibáñez Sánchez",
      representative="Nuria Sánchez Olmedo"))

add("es-08-expediente-otra-universidad", "Lucía Domínguez <lucia.dominguez@uni-mail.example>",
    "Expediente en formato electrónico",
    """Buenas,

He hecho dos cursos de especialización con la Escuela de Formación Permanente y quiero que me
reconozcan los créditos en otra universidad. Me piden el expediente en un formato electrónico
estructurado (XML o CSV) para cargarlo en su sistema.

¿Podéis exportar mis datos académicos (asignaturas, créditos, notas, fechas) en ese formato y
enviármelos, o directamente a la Universidad de Destino?

Gracias,
Lucía Domínguez
""",
    R(["Portability"], "lucia.dominguez@uni-mail.example", "Lucía", "Domínguez"))

add("es-09-inteligencia-artificial", "Ramón Pizarro <ramon.pizarro@correo-es.example>",
    "¿Usan inteligencia artificial con mis radiografías?",
    """Hola,

En mi última revisión en la clínica dental, el dentista me enseñó en pantalla un análisis de la
radiografía hecho "por inteligencia artificial". Me pareció curioso, pero me surgen dudas: ¿las
radiografías se envían a una empresa externa? ¿Se usan para entrenar ese sistema? ¿Salen de la
Unión Europea?

No pido nada más, solo saber cómo funciona.

Ramón Pizarro
""",
    R(["Information"], "ramon.pizarro@correo-es.example", "Ramón", "Pizarro"))

add("es-10-llamadas-blanqueamiento", "Yolanda <yoli_1979@correo-es.example>",
    "llamadas",
    """hola, me llamais cada dos por tres para ofrecerme el blanqueamiento dental con descuento, YA
VALE. no quiero mas llamadas comerciales ni whatsapps de la clinica, solo las citas.
yolanda
""",
    R(["Opposition"], "yoli_1979@correo-es.example", "Yolanda", None))

add("es-11-bloqueo-reclamacion", "Martín Acosta <martin.acosta@correo-ar.example>",
    "Pedido de limitación del tratamiento",
    """Hola, ¿qué tal?

Presenté una reclamación ante la Agencia Española de Protección de Datos por un tema con mi
historia en el centro de fisioterapia de Madrid. Mientras eso se resuelve, les pido que no
borren nada pero que tampoco usen mis datos para nada: ni encuestas, ni recordatorios, ni
estadísticas. Que queden bloqueados hasta que la AEPD se pronuncie.

Saludos,
Martín Acosta
""",
    R(["Restriction"], "martin.acosta@correo-ar.example", "Martín", "Acosta"))

add("es-12-beca-denegada", "Aitana Etxeberria <aitana.etxeberria@posta-eus.example>",
    "Beca denegada automáticamente",
    """Buenos días,

Solicité una beca para el curso de Experto en Odontología Estética y a los pocos minutos recibí un
correo diciendo que mi solicitud "no alcanza la puntuación mínima del sistema de baremación".
Nadie ha revisado mi documentación: tengo discapacidad reconocida y eso suma puntos, pero el
certificado no se pudo subir por un error de la plataforma.

Pido que una persona revise la decisión y que se tenga en cuenta el certificado.

Aitana Etxeberria
""",
    R(["AutomatedDecision"], "aitana.etxeberria@posta-eus.example", "Aitana", "Etxeberria"))

add("es-13-abogada-aseguradora", "Beatriz de la Fuente Sanz <bdelafuente@abogados-fuente.example>",
    "Rectificación de datos de D. Álvaro Romero Gil",
    """Muy Sres. míos:

Me dirijo a ustedes en nombre y representación de D. Álvaro Romero Gil, según poder que se
adjunta, paciente de su centro de fisioterapia de Sevilla.

En el informe que su centro remitió a la compañía aseguradora de mi representado consta que la
lesión de rodilla era "preexistente". Tal anotación es errónea: la lesión se produjo en el
accidente de tráfico del 2 de mayo, como acredita el parte de urgencias. Esta inexactitud ha
motivado el rechazo del siniestro.

Solicito la rectificación de dicho dato en la historia de mi representado y que comuniquen la
rectificación a la aseguradora, conforme al artículo 19 del RGPD.

Atentamente,
Beatriz de la Fuente Sanz
Abogada - Colegiada n.º 9876 ICAS
""",
    R(["Rectification"], "bdelafuente@abogados-fuente.example", "Álvaro", "Romero Gil",
      representative="Beatriz de la Fuente Sanz"))

add("es-14-recepcionista-sala-espera", "Inmaculada Torres <inma.torres@correo-es.example>",
    "Queja y baja",
    """Buenas tardes:

Quiero contar lo que me pasó el martes en el centro de fisioterapia de Málaga, porque todavía
estoy indignada. Estaba en la sala de espera con otras seis personas y la recepcionista, en voz
alta, me preguntó si "lo del suelo pélvico después del parto" iba mejor y si quería la sesión de
siempre. Todo el mundo se me quedó mirando. Luego, al pagar, dijo el nombre de mi diagnóstico
otra vez para buscar la tarifa.

No voy a volver. He buscado otra fisio cerca de casa. Quiero que borréis mi ficha y todos mis
datos de vuestro sistema, y que no me volváis a llamar.

Y sinceramente, deberíais formar al personal sobre discreción, porque esto no puede pasar en un
centro sanitario.

Inmaculada Torres
""",
    R(["Erasure"], "inma.torres@correo-es.example", "Inmaculada", "Torres"))

add("es-15-aceptan-seguro", "Sergio Navarro <sergio.navarro@correo-es.example>",
    "¿Trabajáis con Adeslas?",
    "Hola, quería saber si la clínica dental de Zaragoza trabaja con Adeslas o solo privado. Gracias!\n",
    R(["Unknown"], "sergio.navarro@correo-es.example", "Sergio", "Navarro"))

add("es-16-dni-mal-cp1252", "José Luis Cañizares <jl.canizares@correo-es.example>",
    "Datos mal en mis facturas",
    """Hola:

En las facturas de la clínica dental aparece mi DNI con una letra equivocada (pone 44556677-B y es
44556677-K) y la dirección antigua. Hacienda no me acepta la deducción del seguro con el NIF mal.

Mi dirección actual es “Avda. de la Constitución 21, 2.º izq., 41001 Sevilla”. La última factura
fue de 320 € y necesito que se emita corregida.

Saludos,
José Luis Cañizares
""",
    R(["Rectification"], "jl.canizares@correo-es.example", "José Luis", "Cañizares"),
    ct=CP1252, encode="cp1252")

add("es-17-grabacion-llamada", "Claudia Restrepo <claudia.restrepo@correo-co.example>",
    "Grabación de mi llamada al servicio de atención",
    html("Buenos días,",
         "El 5 de noviembre llamé a la farmacia online por un pedido y la locución decía que la "
         "llamada iba a ser grabada. En esa llamada la operadora me prometió un reembolso que "
         "ahora niegan.",
         "Solicito una copia de la grabación de esa llamada y de cualquier nota que se haya "
         "registrado en mi ficha de cliente.",
         "Atentamente,<br>Claudia Restrepo"),
    R(["Access"], "claudia.restrepo@correo-co.example", "Claudia", "Restrepo"), ct=HTML)

add("es-18-familia-boletin", "Familia García-Herrera <familia.garciaherrera@correo-es.example>",
    "Boletín Fundación",
    """Hola,

Soy Elena García Herrera. Os pido que dejéis de mandarme el boletín de la Fundación y las
invitaciones a eventos, tanto a esta dirección familiar como a la mía personal. Escribidme a la
personal si necesitáis algo.

Gracias,
Elena
""",
    R(["Opposition"], "elena.garcia.herrera@correo-es.example", "Elena", "García Herrera"),
    headers=["Reply-To: Elena García <elena.garcia.herrera@correo-es.example>"])

add("es-19-atencion-paciente-adjunto", "Paula Jiménez Rey <paula.jimenez@acme-corp.example>",
    "RV: Solicitud de copia de mi presupuesto e historial",
    "",
    R(["Access"], "fmolina84@correo-es.example", "Francisco", "Molina Vidal"),
    attached=("Francisco Molina Vidal <fmolina84@correo-es.example>",
              "Solicitud de copia de mi presupuesto e historial",
              """Buenas tardes,

Quisiera una copia de mi historial en la clínica (radiografías incluidas) y del presupuesto de
ortodoncia que me dieron en septiembre, para pedir una segunda opinión.

Muchas gracias,
Francisco Molina Vidal
"""),
    note="""Hola equipo de privacidad,

Os reenvío la solicitud de un paciente de la clínica de Alicante que nos llegó a atención al
paciente. ¿La gestionáis vosotros?

Un saludo,
Paula Jiménez Rey
Atención al Paciente - Clínicas Dentales Acme""")

add("es-20-no-olvido-solo-apellido", "Marta Villalobos Quintana <marta.villalobos@correo-es.example>",
    "Corrección de apellido",
    """Hola,

Para que no haya malentendidos: no estoy pidiendo el derecho al olvido ni que borréis nada, estoy
contenta con la fisio. Solo que en vuestro sistema mi segundo apellido aparece como "Quintano" y
es "Quintana", y así me llegan los recordatorios y las facturas.

¿Lo podéis cambiar?

Marta Villalobos Quintana
""",
    R(["Rectification"], "marta.villalobos@correo-es.example", "Marta", "Villalobos Quintana"))

add("es-21-cancelar-cita", "Adrián Soto <adrian.soto@correo-es.example>",
    "cita jueves",
    """Buenas, tengo cita el jueves a las 17:30 con la fisio Laura en el centro de Gijón y no voy a
poder ir. ¿Me la podéis pasar a la semana que viene? Gracias
Adrián Soto
Enviado desde mi móvil
""",
    R(["Unknown"], "adrian.soto@correo-es.example", "Adrián", "Soto"))

add("es-22-eipd-whatsapp-citas", "Carlos Gómez Prieto <carlos.gomez@acme-corp.example>",
    "Cita previa por WhatsApp Business - EIPD",
    """Hola,

Desde operaciones queremos lanzar en marzo la cita previa y los recordatorios por WhatsApp Business
para todas las clínicas dentales y los centros de fisio (unos 40.000 pacientes). El proveedor
sería Citalia, que integra con nuestro software de gestión.

¿Necesitamos una evaluación de impacto? Si es así, ¿podéis empezarla o decirme qué información
os hace falta? También querría saber si hay que cambiar el texto de consentimiento.

Gracias,
Carlos Gómez Prieto
Director de Operaciones
""",
    TASK("carlos.gomez@acme-corp.example", "Carlos", "Gómez Prieto"))

add("es-23-contrato-destruccion", "Elena Ruiz <elena.ruiz@acme-corp.example>",
    "Contrato de encargado con la empresa de destrucción de documentos",
    """Buenos días,

Vamos a cambiar de empresa de destrucción confidencial de papel para las clínicas de Andalucía
(nueva: DestruSur S.L.). Nos han mandado su contrato de encargado del tratamiento y el
certificado de destrucción que emiten.

¿Podéis revisarlo antes del 1 de diciembre? Lo tenéis en la carpeta compartida Compras >
Proveedores 2026.

Un saludo,
Elena Ruiz
Compras
""",
    TASK("elena.ruiz@acme-corp.example", "Elena", "Ruiz"))

add("es-24-clausula-becas", "Jorge Castillo <jorge.castillo@acme-corp.example>",
    "Cláusula informativa para el formulario de becas",
    """Hola,

Estamos rehaciendo el formulario de solicitud de becas de la Escuela de Formación Permanente.
Ahora pediremos también certificado de discapacidad y datos de renta familiar. ¿Nos podéis
redactar la cláusula informativa de protección de datos y revisar si hace falta consentimiento
expreso para los datos de salud?

Gracias,
Jorge Castillo
Secretaría académica
""",
    TASK("jorge.castillo@acme-corp.example", "Jorge", "Castillo"))

add("es-25-excel-donantes", "Alba Serrano <alba.serrano@acme-corp.example>",
    "He enviado un Excel a los donantes",
    """Hola,

Esta mañana he mandado el correo de agradecimiento de fin de campaña a los 312 donantes de
Valencia. Por error adjunté el Excel de trabajo en lugar del PDF del certificado: el Excel tiene
nombre, DNI, dirección, IBAN parcial e importe donado de todos ellos.

Ya me han respondido tres personas preguntando qué es eso. He enviado un segundo correo pidiendo
que lo borren. No sé qué más hacer.

Alba Serrano
Captación de fondos, Fundación Acme
""",
    INC("alba.serrano@acme-corp.example", "Alba", "Serrano"))

add("es-26-mochila-domicilio", "Raúl Méndez <raul.mendez@acme-corp.example>",
    "Me han robado la mochila",
    """Hola,

Ayer por la tarde, saliendo de una visita a domicilio en Vallecas, me robaron la mochila del
asiento del coche mientras cargaba la camilla. Dentro iban la tablet del centro (con contraseña)
y una carpeta con las hojas de evolución en papel de los cinco pacientes que veo a domicilio
esta semana: nombres, direcciones, diagnósticos.

He puesto la denuncia en comisaría. Mi coordinadora me ha dicho que os escriba.

Raúl Méndez
Fisioterapeuta
""",
    INC("raul.mendez@acme-corp.example", "Raúl", "Méndez"))

add("es-27-facturas-en-google", "Verónica Lozano <veronica.lozano@correo-es.example>",
    "Mis datos aparecen en Google",
    """Hola,

Buscando mi nombre en Google me ha salido un PDF alojado en vuestro dominio
(acme-corp.example/docs/facturas/2025/...) que es una factura mía de la clínica dental, con mi
nombre, DNI, dirección y el tratamiento. Si cambias el número del final salen facturas de otros
pacientes.

Creo que esto es grave. Por favor, retiradlo ya.

Verónica Lozano
""",
    INC("veronica.lozano@correo-es.example", "Verónica", "Lozano"))

add("es-28-adjunto-dni", "María del Carmen Ruiz Gallego <mcarmen.ruizgallego@telemail.example>",
    "RE: [DSR-83307] Hemos recibido su solicitud",
    """Buenos días:

Les remito, tal como me solicitan, copia de mi DNI por ambas caras.

Atentamente,
M.ª Carmen Ruiz Gallego

----- Mensaje original -----
De: Privacidad Acme <privacy@acme-corp.example>
Asunto: [DSR-83307] Hemos recibido su solicitud
Para verificar su identidad, le rogamos que nos envíe copia de su documento de identidad.
""",
    FU("83307", "mcarmen.ruizgallego@telemail.example", "María del Carmen", "Ruiz Gallego"))

add("es-29-novedades-beca", "Aitana Etxeberria <aitana.etxeberria@posta-eus.example>",
    "Re: Beca denegada automáticamente",
    """Buenas,

¿Hay alguna novedad sobre la revisión de mi beca? El curso empieza el 11 de enero y el plazo de
matrícula se cierra el 15 de diciembre.

Gracias,
Aitana
""",
    FU(ref("es-12-beca-denegada"), "aitana.etxeberria@posta-eus.example", "Aitana", "Etxeberria"),
    headers=irt("es-12-beca-denegada"))

add("es-30-respuesta-automatica-dsr", "Javier Morales Ortega <javier.morales.ortega@correo-es.example>",
    "Respuesta automática: [DSR-83412] Hemos recibido su solicitud",
    """Estoy de vacaciones hasta el 1 de diciembre, sin acceso al correo. Le responderé a mi vuelta.

Javier Morales
""",
    IGN("auto_reply", "javier.morales.ortega@correo-es.example"),
    headers=["Auto-Submitted: auto-replied"])

add("es-31-agencia-tributaria", "Agencia Tributaria <avisos@agenciatributaria-reembolso.example>",
    "Tiene un reembolso pendiente de 473,20 EUR",
    """Estimado contribuyente:

Tras el cálculo anual de su actividad fiscal, usted tiene derecho a un reembolso de 473,20 EUR.
Para recibirlo, confirme sus datos personales y bancarios en el siguiente enlace antes de 48
horas:

http://agenciatributaria-reembolso.example/confirmar

Agencia Tributaria
""",
    IGN("spam", "avisos@agenciatributaria-reembolso.example"),
    headers=SPAM_HDR + [AUTH(spf="fail", dmarc="fail", dom="agenciatributaria-reembolso.example")])

add("es-32-certificado-lopd", "Departamento LOPD <info@adecuacion-lopd-empresas.example>",
    "Aviso: su empresa no dispone del certificado de protección de datos",
    """Estimado responsable:

Según nuestros registros, su empresa trata datos de salud y no ha renovado el certificado de
adaptación al RGPD y LOPDGDD. Las sanciones pueden alcanzar los 20 millones de euros.

Le ofrecemos la adaptación completa por solo 299 EUR (bonificable). Responda a este correo con
sus datos de contacto y un consultor le llamará hoy mismo.

Si no desea recibir más comunicaciones, responda BAJA y eliminaremos sus datos.
""",
    IGN("spam", "info@adecuacion-lopd-empresas.example"))

add("es-33-boletin-congreso", "Congreso Odontología 2027 <noticias@congreso-odonto.example>",
    "Últimas plazas con precio reducido - Congreso de Odontología 2027",
    """CONGRESO NACIONAL DE ODONTOLOGÍA 2027 - Valencia, 4-6 de marzo

Últimos días de inscripción con precio reducido.
Programa científico completo y talleres prácticos.

Ha recibido este correo porque está suscrito a nuestras novedades.
Darse de baja: https://congreso-odonto.example/baja
""",
    IGN("bulk", "noticias@congreso-odonto.example"),
    headers=["List-Unsubscribe: <https://congreso-odonto.example/baja>", "Precedence: bulk"])

add("es-34-loteria", "Loteria Internacional <premios@loteria-ganador.example>",
    "FELICIDADES!!! Su dirección de correo ha sido premiada",
    """Estimado ganador,

Su dirección de correo electrónico ha sido seleccionada en nuestro sorteo internacional y ha
ganado 950.000,00 EUR. Para procesar su premio, envíe sus datos personales: nombre completo,
dirección, teléfono y copia del pasaporte.

Sus datos serán tratados con total confidencialidad conforme al RGPD.

Sr. Alberto Ruiz, Agente de Pagos
""",
    IGN("spam", "premios@loteria-ganador.example"), headers=SPAM_HDR)
